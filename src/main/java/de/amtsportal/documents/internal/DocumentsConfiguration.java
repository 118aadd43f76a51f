package de.amtsportal.documents.internal;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import de.amtsportal.documents.scanning.ClamdScanner;
import de.amtsportal.documents.scanning.VirusScanner;
import de.amtsportal.documents.storage.DocumentStorage;
import de.amtsportal.documents.storage.FileSystemStorage;
import de.amtsportal.documents.storage.S3Storage;

/** Chooses the storage (S3 when a bucket is configured, else the directory) and the virus scanner. */
@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

	@Bean
	DocumentStorage documentStorage(DocumentsProperties properties) {
		DocumentsProperties.S3 s3 = properties.s3();
		if (!s3.enabled()) {
			return new FileSystemStorage(properties.directory());
		}
		S3ClientBuilder client = S3Client.builder()
			.region(Region.of(s3.region()))
			.forcePathStyle(s3.pathStyleAccess())
			.credentialsProvider(credentials(s3))
			// S3-compatible stores (MinIO, Ceph, …) do not all know the SDK's newer default checksums
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
			client.endpointOverride(URI.create(s3.endpoint()));
		}
		return new S3Storage(client.build(), s3.bucket(), s3.prefix());
	}

	@Bean
	VirusScanner virusScanner(DocumentsProperties properties) {
		DocumentsProperties.Clamd clamd = properties.clamd();
		return clamd.enabled() ? new ClamdScanner(clamd.host(), clamd.port(), clamd.timeout()) : VirusScanner.NONE;
	}

	private static AwsCredentialsProvider credentials(DocumentsProperties.S3 s3) {
		if (s3.accessKey() != null && !s3.accessKey().isBlank() && s3.secretKey() != null) {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
		}
		// environment, profile, instance or container roles
		return DefaultCredentialsProvider.builder().build();
	}
}
