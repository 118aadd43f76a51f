package de.amtsportal.documents.scanning;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.amtsportal.documents.UploadRejected;
import de.amtsportal.documents.UploadRejected.Reason;

/**
 * ClamAV's daemon over TCP with its INSTREAM command: the file goes over the socket in length-prefixed chunks
 * (clamd needs no access to our disk), clamd answers {@code stream: OK} or {@code stream: <signature> FOUND}.
 * Anything else — refused connection, timeout, an ERROR such as a too small {@code StreamMaxLength} — fails
 * closed.
 */
public class ClamdScanner implements VirusScanner {

	private static final Logger log = LoggerFactory.getLogger(ClamdScanner.class);
	private static final int CHUNK = 64 * 1024;
	private static final int MAX_REPLY = 4096;

	private final String host;
	private final int port;
	private final Duration timeout;

	public ClamdScanner(String host, int port, Duration timeout) {
		this.host = host;
		this.port = port;
		this.timeout = timeout;
	}

	@Override
	public void scan(Path file) {
		String reply;
		try {
			reply = ask(file);
		}
		catch (IOException e) {
			log.error("Virus scanner clamd at {}:{} did not answer: {}", host, port, e.toString());
			throw new UploadRejected(Reason.SCANNER_UNAVAILABLE, e);
		}
		if (reply.equals("stream: OK")) {
			return;
		}
		if (reply.startsWith("stream: ") && reply.endsWith(" FOUND")) {
			log.warn("Virus scanner found {} in an upload; it was refused", reply.substring(8, reply.length() - 6));
			throw new UploadRejected(Reason.INFECTED);
		}
		log.error("Virus scanner clamd at {}:{} answered '{}' (a size limit: raise StreamMaxLength in clamd.conf)", host, port, reply);
		throw new UploadRejected(Reason.SCANNER_UNAVAILABLE);
	}

	/** Whether clamd answers PING, for health checks and tests. */
	public boolean ping() {
		try (Socket socket = connect()) {
			socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
			return "PONG".equals(reply(socket.getInputStream()));
		}
		catch (IOException e) {
			return false;
		}
	}

	private String ask(Path file) throws IOException {
		try (Socket socket = connect(); InputStream content = Files.newInputStream(file)) {
			DataOutputStream out = new DataOutputStream(socket.getOutputStream());
			out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
			byte[] buffer = new byte[CHUNK];
			int read;
			while ((read = content.read(buffer)) > 0) {
				out.writeInt(read);
				out.write(buffer, 0, read);
			}
			out.writeInt(0);
			out.flush();
			return reply(socket.getInputStream());
		}
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket();
		try {
			socket.connect(new InetSocketAddress(host, port), (int) Math.min(timeout.toMillis(), 5000));
			socket.setSoTimeout((int) timeout.toMillis());
			return socket;
		}
		catch (IOException e) {
			socket.close();
			throw e;
		}
	}

	/** clamd's z-commands answer with one NUL-terminated line. */
	private static String reply(InputStream in) throws IOException {
		ByteArrayOutputStream reply = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) > 0 && reply.size() < MAX_REPLY) {
			reply.write(b);
		}
		if (b < 0 && reply.size() == 0) {
			throw new IOException("clamd closed the connection without an answer");
		}
		return reply.toString(StandardCharsets.US_ASCII).strip();
	}
}
