package org.clearlot.inspection.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import net.coobird.thumbnailator.Thumbnails;
import org.clearlot.platform.ClearlotProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps photo files in {@code <data-dir>/photos}, named only by id (never by anything a client sent), each written
 * to a temporary file and moved into place, with a 320-pixel JPEG thumbnail made by Thumbnailator.
 */
@Component
class PhotoStorage {

	static final int THUMBNAIL_WIDTH = 320;

	private final Path directory;

	PhotoStorage(ClearlotProperties properties) {
		this.directory = properties.dataDir().resolve("photos");
	}

	void store(UUID id, byte[] original, BufferedImage image) {
		try {
			Files.createDirectories(directory);
			write(original(id), original);
			java.io.ByteArrayOutputStream thumbnail = new java.io.ByteArrayOutputStream();
			Thumbnails.of(image).width(Math.min(THUMBNAIL_WIDTH, image.getWidth())).outputFormat("jpg").toOutputStream(thumbnail);
			write(thumbnail(id), thumbnail.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store photo " + id, e);
		}
	}

	byte[] read(UUID id, boolean thumbnail) {
		try {
			return Files.readAllBytes(thumbnail ? thumbnail(id) : original(id));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read photo " + id, e);
		}
	}

	void delete(UUID id) {
		try {
			Files.deleteIfExists(original(id));
			Files.deleteIfExists(thumbnail(id));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot delete photo " + id, e);
		}
	}

	private void write(Path target, byte[] bytes) throws IOException {
		Path temporary = Files.createTempFile(directory, "photo", ".tmp");
		Files.write(temporary, bytes);
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
	}

	private Path original(UUID id) {
		return directory.resolve(id + ".img");
	}

	private Path thumbnail(UUID id) {
		return directory.resolve(id + "-thumb.jpg");
	}
}
