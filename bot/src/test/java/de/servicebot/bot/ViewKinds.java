package de.servicebot.bot;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.servicebot.bot.conversation.View;
import java.lang.reflect.Constructor;
import java.util.List;

/**
 * The kinds of views (and other pluggable parts) the bot's production code has, found on the class path: a new one
 * is covered by the guard tests without anyone listing it.
 */
public final class ViewKinds {

    private static final List<JavaClass> PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("de.servicebot.bot").stream()
                    .toList();

    private ViewKinds() {}

    /** Every concrete kind of view. */
    public static List<Class<? extends View>> all() {
        return implementationsOf(View.class).stream()
                .<Class<? extends View>>map(c -> c.asSubclass(View.class))
                .toList();
    }

    /** Every concrete production class implementing the interface, e.g. a channel's renderings. */
    public static List<Class<?>> implementationsOf(Class<?> type) {
        return PRODUCTION.stream()
                .filter(c -> c.isAssignableTo(type) && !c.isInterface())
                .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .<Class<?>>map(JavaClass::reflect)
                .toList();
    }

    /** One instance of each implementation, made with its constructor without parameters. */
    public static <T> List<T> instancesOf(Class<T> type) {
        return implementationsOf(type).stream()
                .map(c -> {
                    try {
                        Constructor<?> constructor = c.getDeclaredConstructor();
                        constructor.setAccessible(true);
                        return type.cast(constructor.newInstance());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("Cannot make a " + c.getName(), e);
                    }
                })
                .toList();
    }
}
