package org.clearlot.telemetry.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;

import org.clearlot.gbt32960.DecodeResult;
import org.clearlot.gbt32960.Frame;
import org.clearlot.gbt32960.FrameBoundary;
import org.clearlot.gbt32960.Gbt32960Decoder;

/** A plain TCP client for gateway tests: sends frames, reads reply frames, tells when the server closed. */
final class GatewayClient implements AutoCloseable {

	private final Socket socket;
	private final InputStream in;
	private byte[] buffer = new byte[0];

	GatewayClient(int port) throws IOException {
		socket = new Socket("localhost", port);
		socket.setSoTimeout(10_000);
		in = socket.getInputStream();
	}

	void send(byte[] frame) throws IOException {
		socket.getOutputStream().write(frame);
		socket.getOutputStream().flush();
	}

	/** The next reply frame, decoded. */
	Frame reply() throws IOException {
		while (true) {
			FrameBoundary.Boundary boundary = FrameBoundary.inspect(buffer, 0, buffer.length, 65_560);
			if (boundary.kind() == FrameBoundary.Boundary.Kind.FRAME) {
				byte[] frame = Arrays.copyOf(buffer, boundary.bytes());
				buffer = Arrays.copyOfRange(buffer, boundary.bytes(), buffer.length);
				return ((DecodeResult.Decoded) new Gbt32960Decoder().decode(frame, 0, frame.length)).frame();
			}
			byte[] chunk = new byte[4096];
			int read = in.read(chunk);
			if (read < 0) {
				throw new IOException("the gateway closed the connection");
			}
			byte[] joined = Arrays.copyOf(buffer, buffer.length + read);
			System.arraycopy(chunk, 0, joined, buffer.length, read);
			buffer = joined;
		}
	}

	/** Whether the server closes the connection within the timeout (replies before that are skipped). */
	boolean closedByServer() throws IOException {
		try {
			while (in.read() >= 0) {
				// replies sent before closing
			}
			return true;
		}
		catch (SocketTimeoutException stillOpen) {
			return false;
		}
		catch (IOException reset) {
			return true;
		}
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
