package org.heard.domain.model.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A script version used by an interview never changes: nothing in the model can change its text. */
class ScriptImmutabilityTest {

    @Test
    @DisplayName("Scripts, questions and rating statements have no public method that changes them")
    void noMutators() {
        for (Class<?> type : List.of(Script.class, Question.class, RatingStatement.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    assertTrue(
                            !method.getName().startsWith("set")
                                    && !method.getName().startsWith("add")
                                    && !method.getName().startsWith("remove"),
                            type.getSimpleName() + "." + method.getName() + " would change a script");
                }
            }
        }
    }

    @Test
    @DisplayName("Every column of a script's text is mapped read-only, so no UPDATE can reach it")
    // The scale labels' map key is left insertable as EclipseLink needs; nothing can change the
    // map (no mutator, an unmodifiable view), and the database refuses UPDATE (ScriptAdministrationIT).
    void readOnlyColumns() {
        List<String> writable = new ArrayList<>();
        for (Class<?> type : List.of(Script.class, Question.class, RatingStatement.class)) {
            for (Field field : type.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                if (column != null && column.updatable()) {
                    writable.add(type.getSimpleName() + "." + field.getName());
                }
                JoinColumn join = field.getAnnotation(JoinColumn.class);
                if (join != null && join.updatable()) {
                    writable.add(type.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertEquals(List.of(), writable);
    }

    @Test
    @DisplayName("The questions and scale labels a script hands out cannot be modified")
    void unmodifiableViews() throws Exception {
        var constructor = Script.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        Script script = constructor.newInstance();
        Field labels = Script.class.getDeclaredField("scaleLabels");
        labels.setAccessible(true);
        labels.set(script, new TreeMap<>(Map.of(1, "Strongly disagree")));
        assertThrows(
                UnsupportedOperationException.class, () -> script.getQuestions().add(null));
        assertThrows(UnsupportedOperationException.class, () -> script.getScaleLabels()
                .put(6, "Off the scale"));
        assertTrue(script.isOnScale(1));
    }
}
