package jp.shomu.ledger.app.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the installer and portable zip that the build put beside the jar (target/dist/ after
 * {@code mvn -Pappimage verify} or installer/build-windows.ps1), so a handover made on the build PC includes them.
 */
final class PackageLocator {
    private PackageLocator() {}

    static List<Path> find() {
        return jarFolder().map(PackageLocator::packagesIn).orElse(List.of());
    }

    static List<Path> packagesIn(Path folder) {
        Path dist = folder.resolve("dist");
        if (!Files.isDirectory(dist)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dist)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                        return n.endsWith(".msi") || n.endsWith("-portable.zip");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static java.util.Optional<Path> jarFolder() {
        CodeSource source = PackageLocator.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return java.util.Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location)
                    ? java.util.Optional.ofNullable(location.getParent())
                    : java.util.Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
