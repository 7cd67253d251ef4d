package de.servicebot.bot.cards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Microsoft's template engine ({@code adaptivecards-templating} with {@code adaptive-expressions}, fetched from the
 * npm registry by the build at pinned versions and checksums) running under GraalJS: the reference our engine must
 * agree with.
 */
final class ReferenceTemplateEngine implements AutoCloseable {

    private static final Path NPM = Path.of("target", "npm");

    /**
     * How {@code adaptive-expressions}' browser bundle imports Node's {@code assert} (13 times, the same minified
     * text in 4.23.3): as esbuild's namespace object, which the bundle then calls as a function and which is not one.
     * In Node, {@code require("assert")} is the function; the harness gives the bundle exactly that.
     */
    private static final String ASSERT_IMPORT = "(Qr(),zr(Kr))";

    private final Context context;
    private final Value expand;

    ReferenceTemplateEngine() {
        context = Context.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        context.eval("js", "var module = { exports: {} }; var exports = module.exports; var require = () => ({});");
        context.eval(
                "js",
                "var nodeAssert = ns => Object.assign(function () { return ns.default.apply(this, arguments); }, ns);");
        context.eval(source(
                NPM.resolve("adaptive-expressions/package/lib/browser.js"),
                ASSERT_IMPORT,
                "(Qr(),nodeAssert(zr(Kr)))"));
        context.eval("js", "var AEL = module.exports; module = undefined; exports = undefined; require = undefined;");
        context.eval(
                source(NPM.resolve("adaptivecards-templating/package/dist/adaptivecards-templating.min.js"), "", ""));
        expand = context.eval(
                "js",
                "(template, data) => JSON.stringify(new ACData.Template(JSON.parse(template)).expand({ $root: JSON.parse(data) }))");
    }

    /** The expanded card as JSON text. */
    String expand(String template, String data) {
        return expand.execute(template, data).asString();
    }

    private static Source source(Path file, String replace, String with) {
        try {
            String code = Files.readString(file);
            if (!replace.isEmpty()) {
                if (!code.contains(replace)) {
                    throw new IllegalStateException(
                            file + " no longer contains " + replace + "; check the pinned version");
                }
                code = code.replace(replace, with);
            }
            return Source.newBuilder("js", code, file.getFileName().toString()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Run the build first: it fetches " + file, e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
