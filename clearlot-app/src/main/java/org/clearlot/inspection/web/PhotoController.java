package org.clearlot.inspection.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import org.clearlot.identity.CurrentUser;
import org.clearlot.inspection.photo.Photo;
import org.clearlot.inspection.photo.PhotoService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Inspectors upload photos of findings before signing; anyone may see a photo and its thumbnail. */
@RestController
class PhotoController {

	private final PhotoService photos;

	PhotoController(PhotoService photos) {
		this.photos = photos;
	}

	@PostMapping("/api/v1/inspection-photos")
	ResponseEntity<PhotoResponse> upload(@RequestPart("file") MultipartFile file) throws IOException {
		Photo photo = photos.upload(CurrentUser.require(), file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/inspection-photos/" + photo.id())).body(PhotoResponse.of(photo));
	}

	@GetMapping("/inspection-photos/{id}")
	ResponseEntity<byte[]> original(@PathVariable UUID id) {
		Photo photo = photos.find(id);
		return image(photos.bytes(photo, false), MediaType.parseMediaType(photo.contentType()));
	}

	@GetMapping("/inspection-photos/{id}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable UUID id) {
		return image(photos.bytes(photos.find(id), true), MediaType.IMAGE_JPEG);
	}

	private static ResponseEntity<byte[]> image(byte[] bytes, MediaType type) {
		return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.header("X-Content-Type-Options", "nosniff").body(bytes);
	}

	/** An uploaded photo: its id to reference from a finding, its SHA-256, and where it is served. */
	record PhotoResponse(UUID id, String sha256, String contentType, int width, int height, String url, String thumbnailUrl) {

		static PhotoResponse of(Photo photo) {
			return new PhotoResponse(photo.id(), photo.sha256(), photo.contentType(), photo.width(), photo.height(),
					"/inspection-photos/" + photo.id(), "/inspection-photos/" + photo.id() + "/thumbnail");
		}
	}
}
