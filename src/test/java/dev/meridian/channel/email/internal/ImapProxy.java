package dev.meridian.channel.email.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of a test IMAP server that can do what GreenMail cannot: hide IDLE from the capabilities it
 * announces, drop every connection at once as a broken network would, and cut each new connection before the
 * greeting as an overloaded server does. It also counts connections and the IDLE commands clients send.
 */
final class ImapProxy implements AutoCloseable {

	private final ServerSocket listener;
	private final int target;
	private final boolean hideIdle;
	private final List<Socket> open = new CopyOnWriteArrayList<>();
	private final AtomicInteger accepted = new AtomicInteger();
	private final AtomicInteger idleCommands = new AtomicInteger();
	private final List<String> commands = new CopyOnWriteArrayList<>();
	private volatile boolean cutNewConnections;

	ImapProxy(int target, boolean hideIdle) throws IOException {
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.target = target;
		this.hideIdle = hideIdle;
		Thread acceptor = new Thread(this::accept, "imap-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return listener.getLocalPort();
	}

	int accepted() {
		return accepted.get();
	}

	/** Connections from the client still open. */
	int open() {
		return (int) open.stream().filter(s -> !s.isClosed() && s.getPort() != target).count();
	}

	int idleCommands() {
		return idleCommands.get();
	}

	/** The commands clients sent, without tag and arguments beyond the first (e.g. "AUTHENTICATE XOAUTH2"). */
	List<String> commands() {
		return List.copyOf(commands);
	}

	/** From now on each new connection is accepted, counted and closed at once, before the server greets. */
	void cutNewConnections() {
		cutNewConnections = true;
	}

	/** Closes every connection in both directions, as a broken network or a restarted server would. */
	void dropAll() {
		open.forEach(ImapProxy::closeQuietly);
		open.clear();
	}

	@Override
	public void close() {
		closeQuietly(listener);
		dropAll();
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				if (cutNewConnections) {
					accepted.incrementAndGet();
					closeQuietly(client);
					continue;
				}
				Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
				accepted.incrementAndGet();
				open.add(client);
				open.add(server);
				pump(client.getInputStream(), server.getOutputStream(), false, client, server);
				pump(server.getInputStream(), client.getOutputStream(), true, client, server);
			}
			catch (IOException e) {
				return;
			}
		}
	}

	private void pump(InputStream in, OutputStream out, boolean fromServer, Socket client, Socket server) {
		Thread thread = new Thread(() -> {
			try {
				ByteArrayOutputStream line = new ByteArrayOutputStream();
				int b;
				while ((b = in.read()) != -1) {
					line.write(b);
					if (b == '\n') {
						out.write(rewrite(line.toByteArray(), fromServer));
						out.flush();
						line.reset();
					}
				}
			}
			catch (IOException e) {
				// one side went away; the other follows below
			}
			finally {
				closeQuietly(client);
				closeQuietly(server);
			}
		}, "imap-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private byte[] rewrite(byte[] line, boolean fromServer) {
		String text = new String(line, StandardCharsets.ISO_8859_1);
		if (!fromServer && text.matches("(?i)\\S+ IDLE\\r?\\n")) {
			idleCommands.incrementAndGet();
		}
		if (!fromServer) {
			String[] words = text.strip().split(" ");
			if (words.length >= 2) {
				commands.add(words[1].toUpperCase(java.util.Locale.ROOT) + (words.length > 2 ? " " + words[2] : ""));
			}
		}
		if (fromServer && hideIdle && text.contains("CAPABILITY")) {
			return text.replace(" IDLE", "").getBytes(StandardCharsets.ISO_8859_1);
		}
		return line;
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception e) {
			// already closed
		}
	}
}
