package org.heard.application.account;

/** Hashing and checking passwords, as the identity store does; implemented by the security infrastructure. */
public interface Passwords {

    String hash(String password);

    boolean verify(String password, String storedHash);

    /** A random temporary password for an administrator to hand over, to be changed at first sign-in. */
    String temporary();
}
