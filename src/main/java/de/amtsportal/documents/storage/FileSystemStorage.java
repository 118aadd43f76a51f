package de.amtsportal.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Documents as files under one directory, spread over 256 subdirectories by the first two hex digits of the key
 * so that no directory grows huge. A file is copied to a temporary name in its final directory and then moved
 * atomically, so a reader never sees half a file.
 */
public class FileSystemStorage implements DocumentStorage {

	private final Path root;

	public FileSystemStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return root;
	}

	@Override
	public void put(UUID key, Path content) throws IOException {
		Path target = pathOf(key);
		Files.createDirectories(target.getParent());
		Path partial = Files.createTempFile(target.getParent(), ".partial-", ".tmp");
		try {
			Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	@Override
	public InputStream open(UUID key) throws IOException {
		try {
			return Files.newInputStream(pathOf(key));
		}
		catch (NoSuchFileException e) {
			throw new NoSuchElementException("no document stored under " + key);
		}
	}

	@Override
	public void delete(UUID key) throws IOException {
		Files.deleteIfExists(pathOf(key));
	}

	@Override
	public void forEach(Consumer<StoredObject> action) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> files = Files.find(root, 2, (path, attributes) -> attributes.isRegularFile())) {
			files.forEach(file -> keyOf(file).ifPresent(key -> {
				try {
					action.accept(new StoredObject(key, Files.getLastModifiedTime(file).toInstant()));
				}
				catch (NoSuchFileException e) {
					// deleted meanwhile
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}));
		}
	}

	private Path pathOf(UUID key) {
		String name = key.toString();
		return root.resolve(name.substring(0, 2)).resolve(name);
	}

	private Optional<UUID> keyOf(Path file) {
		String name = file.getFileName().toString();
		try {
			UUID key = UUID.fromString(name);
			return key.toString().equals(name) && file.equals(pathOf(key)) ? Optional.of(key) : Optional.empty();
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
