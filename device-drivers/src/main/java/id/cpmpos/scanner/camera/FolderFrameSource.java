package id.cpmpos.scanner.camera;

import id.cpmpos.scanner.ScannerProblem;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A virtual camera configured by path ({@code scanner.webcam=files:PATH}): an image file, or every
 * PNG/JPEG in a folder in name order, played in a loop. For demos, training and field support
 * ("send me the picture your camera saw").
 */
public final class FolderFrameSource implements FrameSource {
  private final Path path;
  private final double fps;
  private PictureFrameSource pictures;

  public FolderFrameSource(Path path, double fps) {
    this.path = path;
    this.fps = fps;
  }

  @Override
  public void open() throws FrameSourceException {
    try {
      List<Path> files;
      if (Files.isDirectory(path)) {
        try (Stream<Path> list = Files.list(path)) {
          files = list.filter(FolderFrameSource::isImage).sorted().collect(Collectors.toList());
        }
      } else {
        files = Files.isRegularFile(path) ? List.of(path) : List.of();
      }
      if (files.isEmpty()) {
        throw new FrameSourceException(ScannerProblem.NO_CAMERA, "no images at " + path);
      }
      pictures = PictureFrameSource.fromFiles(files, fps);
      pictures.open();
    } catch (IOException e) {
      throw new FrameSourceException(ScannerProblem.IO_ERROR,
          "cannot read images at " + path + ": " + e.getMessage(), e);
    }
  }

  private static boolean isImage(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
  }

  @Override
  public String name() {
    return "files:" + path.getFileName();
  }

  @Override
  public BufferedImage grab() {
    return pictures.grab();
  }

  @Override
  public void close() {}
}
