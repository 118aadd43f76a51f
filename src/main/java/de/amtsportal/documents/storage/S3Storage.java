package de.amtsportal.documents.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Consumer;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Documents as objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, the object storage of a municipal data
 * centre), each under an optional prefix plus its key. A put is atomic in S3 by nature.
 */
public class S3Storage implements DocumentStorage {

	private final S3Client s3;
	private final String bucket;
	private final String prefix;

	public S3Storage(S3Client s3, String bucket, String prefix) {
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = prefix;
	}

	@Override
	public void put(UUID key, Path content) {
		s3.putObject(request -> request.bucket(bucket).key(objectKey(key)), RequestBody.fromFile(content));
	}

	@Override
	public InputStream open(UUID key) {
		try {
			return s3.getObject(request -> request.bucket(bucket).key(objectKey(key)));
		}
		catch (NoSuchKeyException e) {
			throw new NoSuchElementException("no document stored under " + key);
		}
	}

	@Override
	public void delete(UUID key) {
		s3.deleteObject(request -> request.bucket(bucket).key(objectKey(key)));
	}

	@Override
	public void forEach(Consumer<StoredObject> action) {
		for (S3Object object : s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents()) {
			String name = object.key().substring(prefix.length());
			try {
				UUID key = UUID.fromString(name);
				if (key.toString().equals(name)) {
					action.accept(new StoredObject(key, object.lastModified()));
				}
			}
			catch (IllegalArgumentException e) {
				// not ours: the bucket may hold other things
			}
		}
	}

	private String objectKey(UUID key) {
		return prefix + key;
	}
}
