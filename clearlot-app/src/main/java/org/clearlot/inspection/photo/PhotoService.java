package org.clearlot.inspection.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.clearlot.identity.UserAccount;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.platform.web.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts photos of findings: JPEG or PNG only (checked by their bytes and by decoding them, not by what the client
 * claims), at most 8 MB and 10,000 pixels a side, with a plain file name; anything else is refused with a 400.
 */
@Service
public class PhotoService {

	static final int MAX_BYTES = 8 * 1024 * 1024;
	static final int MAX_SIDE = 10_000;

	private final PhotoRepository photos;
	private final PhotoStorage storage;

	PhotoService(PhotoRepository photos, PhotoStorage storage) {
		this.photos = photos;
		this.storage = storage;
	}

	@Transactional
	public Photo upload(UserAccount inspector, String fileName, byte[] bytes) {
		if (fileName != null && (fileName.contains("/") || fileName.contains("\\") || fileName.contains("..")
				|| fileName.chars().anyMatch(Character::isISOControl))) {
			throw InvalidInputException.of("file", Reason.PHOTO_FILE_NAME);
		}
		if (bytes == null || bytes.length == 0) {
			throw InvalidInputException.of("file", Reason.FILE_EMPTY);
		}
		if (bytes.length > MAX_BYTES) {
			throw InvalidInputException.of("file", Reason.PHOTO_TOO_LARGE, MAX_BYTES / (1024 * 1024));
		}
		String contentType = contentType(bytes).orElseThrow(() -> InvalidInputException.of("file", Reason.PHOTO_NOT_IMAGE));
		BufferedImage image = decode(bytes);
		if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
			throw InvalidInputException.of("file", Reason.PHOTO_TOO_LARGE, MAX_BYTES / (1024 * 1024));
		}
		UUID id = UUID.randomUUID();
		storage.store(id, bytes, image);
		try {
			return photos.saveAndFlush(new Photo(id, inspector.id(), sha256(bytes), contentType, bytes.length,
					image.getWidth(), image.getHeight()));
		}
		catch (RuntimeException failed) {
			storage.delete(id);
			throw failed;
		}
	}

	/** A photo the given user uploaded. */
	public Optional<Photo> findOwned(UUID id, UUID uploader) {
		return photos.findById(id).filter(photo -> photo.uploadedBy().equals(uploader));
	}

	public Photo find(UUID id) {
		return photos.findById(id).orElseThrow(() -> new NotFoundException("No photo " + id));
	}

	public byte[] bytes(Photo photo, boolean thumbnail) {
		return storage.read(photo.id(), thumbnail);
	}

	private static Optional<String> contentType(byte[] bytes) {
		if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Optional.of("image/jpeg");
		}
		if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	private static BufferedImage decode(byte[] bytes) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw InvalidInputException.of("file", Reason.PHOTO_NOT_IMAGE);
			}
			return image;
		}
		catch (IOException | RuntimeException unreadable) {
			if (unreadable instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw InvalidInputException.of("file", Reason.PHOTO_NOT_IMAGE);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
