package dev.meridian.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Bulk loading of one table: PostgreSQL's {@code COPY ... FROM STDIN} in text format, or JDBC batches of prepared
 * inserts elsewhere (H2). Rows are buffered and written every {@code chunk} rows; {@link #close()} writes the rest.
 */
abstract sealed class BulkSink implements AutoCloseable {

	final String table;

	final String[] columns;

	long rows;

	private @Nullable BulkSink parent;

	private BulkSink(String table, String... columns) {
		this.table = table;
		this.columns = columns;
	}

	static BulkSink open(Connection connection, boolean copy, String table, String... columns) throws SQLException {
		return copy ? new Copy(connection, table, columns) : new Batch(connection, table, columns);
	}

	/** Makes every write of this table first write the buffered rows of {@code parent}, which it references. */
	BulkSink after(BulkSink parent) {
		this.parent = parent;
		return this;
	}

	/** Writes the buffered rows, the parent's first. */
	final void flush() throws SQLException {
		if (parent != null) {
			parent.flush();
		}
		write();
	}

	abstract void write() throws SQLException;

	/** Adds a row; values are Long, Integer, Short, Double, Boolean, String, Instant or null. */
	abstract void add(Object... values) throws SQLException;

	@Override
	public void close() throws SQLException {
		flush();
	}

	static final class Copy extends BulkSink {

		private static final int CHUNK = 20_000;

		private final CopyManager copy;

		private final String sql;

		private final StringBuilder buffer = new StringBuilder(1 << 20);

		private int buffered;

		Copy(Connection connection, String table, String... columns) throws SQLException {
			super(table, columns);
			this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
			this.sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
		}

		@Override
		void add(Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					buffer.append('\t');
				}
				Object value = values[i];
				if (value == null) {
					buffer.append("\\N");
				}
				else if (value instanceof String text) {
					escape(text);
				}
				else {
					buffer.append(value);
				}
			}
			buffer.append('\n');
			rows++;
			if (++buffered >= CHUNK) {
				flush();
			}
		}

		private void escape(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '\\' -> buffer.append("\\\\");
					case '\t' -> buffer.append("\\t");
					case '\n' -> buffer.append("\\n");
					case '\r' -> buffer.append("\\r");
					default -> buffer.append(c);
				}
			}
		}

		@Override
		void write() throws SQLException {
			if (buffered == 0) {
				return;
			}
			try {
				copy.copyIn(sql, new StringReader(buffer.toString()));
			}
			catch (java.io.IOException e) {
				throw new SQLException("COPY into " + table + " failed", e);
			}
			buffer.setLength(0);
			buffered = 0;
		}

	}

	static final class Batch extends BulkSink {

		private static final int CHUNK = 1_000;

		private final Connection connection;

		private final PreparedStatement insert;

		private int buffered;

		Batch(Connection connection, String table, String... columns) throws SQLException {
			super(table, columns);
			this.connection = connection;
			this.insert = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
					+ ") values (" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
		}

		@Override
		void add(Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				insert.setObject(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
			}
			insert.addBatch();
			rows++;
			if (++buffered >= CHUNK) {
				flush();
			}
		}

		@Override
		void write() throws SQLException {
			if (buffered == 0) {
				return;
			}
			insert.executeBatch();
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
			buffered = 0;
		}

		@Override
		public void close() throws SQLException {
			super.close();
			insert.close();
		}
	}
}
