package org.heard.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    /** A hash that records how many run at once, and that can be held until the test releases it. */
    private static final class GatedHash implements Pbkdf2PasswordHash {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        volatile CountDownLatch gate = new CountDownLatch(0);

        @Override
        public void initialize(Map<String, String> parameters) {}

        @Override
        public String generate(char[] password) {
            enter();
            try {
                return "hash:" + new String(password);
            } finally {
                running.decrementAndGet();
            }
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            enter();
            try {
                return hashedPassword.equals("hash:" + new String(password));
            } finally {
                running.decrementAndGet();
            }
        }

        private void enter() {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                if (!gate.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    private final GatedHash gated = new GatedHash();

    /** Hashing with this many hashes at once, whose hashes then wait for the test to open the gate. */
    private PasswordHashing withGateClosed(int concurrentHashes) {
        PasswordHashing hashing = new PasswordHashing(gated, 1000, concurrentHashes);
        gated.gate = new CountDownLatch(1);
        return hashing;
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    @DisplayName("with one hash at a time, a second sign-in waits until the first hash is done")
    void secondHashWaitsForTheFirst() throws Exception {
        PasswordHashing hashing = withGateClosed(1);

        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> hashing.hash("first"), pool);
        awaitTrue(() -> gated.running.get() == 1);
        CompletableFuture<Boolean> second =
                CompletableFuture.supplyAsync(() -> hashing.verify("second", "hash:second"), pool);
        awaitTrue(() -> hashing.waiting() == 1);

        assertFalse(first.isDone());
        assertFalse(second.isDone());
        assertEquals(1, gated.running.get(), "the second hash started beside the first");

        gated.gate.countDown();
        assertEquals("hash:first", first.get(10, TimeUnit.SECONDS));
        assertTrue(second.get(10, TimeUnit.SECONDS));
        assertEquals(1, gated.mostAtOnce.get());
    }

    @Test
    @DisplayName("no more hashes run at once than configured, and every result comes back unchanged")
    void boundHoldsUnderManyCallers() throws Exception {
        PasswordHashing hashing = withGateClosed(2);

        CompletableFuture<?>[] calls = new CompletableFuture<?>[8];
        for (int i = 0; i < calls.length; i++) {
            String password = "p" + i;
            calls[i] = CompletableFuture.supplyAsync(() -> hashing.verify(password, "hash:" + password), pool);
        }
        awaitTrue(() -> gated.running.get() == 2 && hashing.waiting() == 2);
        gated.gate.countDown();
        for (CompletableFuture<?> call : calls) {
            assertEquals(Boolean.TRUE, call.get(10, TimeUnit.SECONDS));
        }
        assertEquals(2, gated.mostAtOnce.get());
        assertFalse(hashing.verify("wrong", "hash:right"));
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 10 s");
            }
            Thread.onSpinWait();
        }
    }
}
