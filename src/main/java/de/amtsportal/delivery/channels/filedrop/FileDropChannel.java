package de.amtsportal.delivery.channels.filedrop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import de.amtsportal.delivery.spi.DeliveryChannel;
import de.amtsportal.delivery.spi.Outcome;
import de.amtsportal.delivery.spi.Parcel;
import de.amtsportal.delivery.spi.ParcelJson;

/**
 * Exports the application into a directory that a specialist procedure or DMS imports from: a folder named
 * after the reference number with {@code <reference>.json}, {@code <reference>.xml} and the files under
 * {@code files/}. Everything is written into a hidden temporary folder next to it, flushed to disk, and then
 * renamed in one step, so an importer sees the whole folder or nothing. A folder that is already there means an
 * earlier attempt finished (the process died before recording it): delivered. Directories must lie under one of
 * {@code amtsportal.delivery.file-drop-roots}, so a back-office form cannot write anywhere on the server.
 */
@Component
class FileDropChannel implements DeliveryChannel {

	private final List<Path> roots;

	FileDropChannel(@Value("${amtsportal.delivery.file-drop-roots:}") List<String> roots) {
		this.roots = roots.stream().filter(r -> !r.isBlank()).map(r -> Path.of(r).toAbsolutePath().normalize()).toList();
	}

	@Override
	public String type() {
		return "file-drop";
	}

	@Override
	public Optional<String> refusal(String target) {
		Path directory;
		try {
			directory = Path.of(target.trim());
		}
		catch (InvalidPathException e) {
			return Optional.of("delivery.channel.error.directory");
		}
		if (!directory.isAbsolute() || !directory.normalize().equals(directory)) {
			return Optional.of("delivery.channel.error.directory");
		}
		if (roots.stream().noneMatch(directory::startsWith)) {
			return Optional.of("delivery.channel.error.directory-root");
		}
		return Optional.empty();
	}

	@Override
	public Outcome deliver(Parcel parcel) {
		if (refusal(parcel.destination().target()).isPresent()) {
			return Outcome.refused("Directory not allowed (amtsportal.delivery.file-drop-roots)");
		}
		Path directory = Path.of(parcel.destination().target().trim());
		String reference = parcel.application().reference();
		Path target = directory.resolve(reference);
		if (Files.isDirectory(target)) {
			return Outcome.delivered();
		}
		Path temporary = directory.resolve("." + reference + "." + UUID.randomUUID() + ".tmp");
		try {
			Files.createDirectories(directory);
			Files.createDirectory(temporary);
			Map<Parcel.File, String> names = fileNames(parcel.files());
			Files.createDirectory(temporary.resolve("files"));
			for (Parcel.File file : parcel.files()) {
				try (InputStream in = parcel.open(file)) {
					write(temporary.resolve(names.get(file)), in);
				}
			}
			byte[] json = ParcelJson.write(parcel, file -> Map.of("path", names.get(file)));
			write(temporary.resolve(reference + ".json"), new java.io.ByteArrayInputStream(json));
			write(temporary.resolve(reference + ".xml"), new java.io.ByteArrayInputStream(ParcelXml.write(parcel, names)));
			sync(temporary.resolve("files"));
			sync(temporary);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			sync(directory);
			return Outcome.delivered();
		}
		catch (FileAlreadyExistsException e) {
			return Files.isDirectory(target) ? Outcome.delivered() : Outcome.retry("File exists: " + e.getFile());
		}
		catch (AtomicMoveNotSupportedException e) {
			return Outcome.refused("The directory does not support atomic renames");
		}
		catch (IOException e) {
			return Outcome.retry("Writing failed: " + e.getClass().getSimpleName());
		}
		finally {
			try {
				FileSystemUtils.deleteRecursively(temporary);
			}
			catch (IOException e) {
				// a left-over hidden temporary folder is harmless to importers; the next attempt uses a new one
			}
		}
	}

	/** The application's folder, if it is still in the export directory (the importer has not taken it). */
	@Override
	public void erase(Parcel.Destination destination, String reference) throws IOException {
		if (refusal(destination.target()).isEmpty() && !reference.isBlank() && !reference.contains("/")
				&& !reference.contains("\\") && !reference.startsWith(".")) {
			FileSystemUtils.deleteRecursively(Path.of(destination.target().trim()).resolve(reference));
		}
	}

	/** Files by a name that is unique in the folder: position, then the uploader's (already safe) base name. */
	private static Map<Parcel.File, String> fileNames(List<Parcel.File> files) {
		Map<Parcel.File, String> names = new LinkedHashMap<>();
		for (int i = 0; i < files.size(); i++) {
			names.put(files.get(i), "files/" + (i + 1) + "-" + files.get(i).fileName().replaceAll("[/\\\\]", "_"));
		}
		return names;
	}

	private static void write(Path file, InputStream content) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
			content.transferTo(out);
			out.flush();
			channel.force(true);
		}
	}

	/** Makes a directory's entries durable (a rename is only on disk once its directory is). */
	private static void sync(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException e) {
			// some platforms cannot open directories; the rename itself is still atomic there
		}
	}
}
