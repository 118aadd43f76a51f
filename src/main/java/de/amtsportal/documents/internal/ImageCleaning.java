package de.amtsportal.documents.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;

import org.jspecify.annotations.Nullable;

import de.amtsportal.documents.GeoPosition;
import de.amtsportal.documents.UploadRejected;
import de.amtsportal.documents.UploadRejected.Reason;

/**
 * Photos and scans (JPEG, PNG) are decoded and encoded anew, which leaves every piece of metadata behind
 * (camera serial numbers, names, thumbnails, comments — and anything smuggled into them). Before that the EXIF
 * GPS position is read, because a report of a broken street lamp needs it, and the EXIF orientation is applied
 * to the pixels, since the tag that told viewers to rotate is gone afterwards. The pixel count is checked
 * before decoding: a small file can declare a giant image that would fill the memory.
 */
final class ImageCleaning {

	record Cleaned(Path content, @Nullable GeoPosition position) {
	}

	private static final float JPEG_QUALITY = 0.9f;

	private final long maxPixels;
	/** decoding costs memory (4 bytes per pixel): only as many at once as there are processors */
	private final Semaphore decoding = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

	ImageCleaning(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	Cleaned clean(Path file, String format, Spool spool) {
		Metadata metadata = metadata(file);
		try {
			decoding.acquire();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new UploadRejected(Reason.UNREADABLE, e);
		}
		try {
			BufferedImage image = oriented(decode(file), orientation(metadata));
			Path cleaned = spool.newFile();
			encode(image, format, cleaned);
			return new Cleaned(cleaned, position(metadata));
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof UploadRejected rejected) {
				throw rejected;
			}
			throw new UploadRejected(Reason.UNREADABLE, e);
		}
		finally {
			decoding.release();
		}
	}

	private BufferedImage decode(Path file) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				throw new UploadRejected(Reason.UNREADABLE);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > maxPixels) {
					throw new UploadRejected(Reason.IMAGE_TOO_LARGE, BigDecimal.valueOf(maxPixels / 1_000_000));
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static void encode(BufferedImage image, String format, Path target) throws IOException {
		boolean jpeg = format.equals("jpeg");
		BufferedImage pixels = jpeg ? withoutAlpha(image) : image;
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(target))) {
			writer.setOutput(out);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			if (jpeg) {
				parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				parameters.setCompressionQuality(JPEG_QUALITY);
			}
			writer.write(null, new IIOImage(pixels, null, null), parameters);
		}
		finally {
			writer.dispose();
		}
	}

	private static BufferedImage withoutAlpha(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_INT_RGB
				|| image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
		graphics.dispose();
		return rgb;
	}

	/** Applies an EXIF orientation (1–8) to the pixels: rotations by quarter turns and mirrorings. */
	static BufferedImage oriented(BufferedImage image, int orientation) {
		if (orientation < 2 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		// each maps a source pixel (x, y) to its place in the upright image: x' = m00 x + m01 y + m02, y' = …
		AffineTransform transform = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			default -> new AffineTransform(0, -1, 1, 0, 0, w);
		};
		boolean turned = orientation >= 5;
		int type = image.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_ARGB : image.getType();
		BufferedImage upright = type == BufferedImage.TYPE_BYTE_INDEXED || type == BufferedImage.TYPE_BYTE_BINARY
				? new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_ARGB)
				: new BufferedImage(turned ? h : w, turned ? w : h, type);
		Graphics2D graphics = upright.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
		graphics.drawImage(image, transform, null);
		graphics.dispose();
		return upright;
	}

	private static Metadata metadata(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return ImageMetadataReader.readMetadata(in);
		}
		catch (ImageProcessingException | IOException | RuntimeException e) {
			// broken metadata is no reason to refuse a photo: it is thrown away anyway
			return new Metadata();
		}
	}

	private static int orientation(Metadata metadata) {
		ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
		try {
			return exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)
					? exif.getInt(ExifIFD0Directory.TAG_ORIENTATION) : 1;
		}
		catch (MetadataException e) {
			return 1;
		}
	}

	private static @Nullable GeoPosition position(Metadata metadata) {
		for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
			GeoLocation location = gps.getGeoLocation();
			if (location != null && !location.isZero() && Double.isFinite(location.getLatitude())
					&& Double.isFinite(location.getLongitude()) && Math.abs(location.getLatitude()) <= 90
					&& Math.abs(location.getLongitude()) <= 180) {
				return new GeoPosition(degrees(location.getLatitude()), degrees(location.getLongitude()));
			}
		}
		return null;
	}

	/** Seven decimal places: about a centimetre, more than any phone measures. */
	private static BigDecimal degrees(double value) {
		return BigDecimal.valueOf(value).setScale(7, RoundingMode.HALF_UP);
	}
}
