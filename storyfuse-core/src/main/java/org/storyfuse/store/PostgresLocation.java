package org.storyfuse.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Where a PostgreSQL store lives, as a user writes it: {@code postgresql://user:password@host:port/db}
 * (also {@code postgres://}, libpq's form) or a JDBC URL {@code jdbc:postgresql://host:port/db?user=...}.
 * The password may also come from {@code PGPASSWORD} or {@code ~/.pgpass} (the driver reads it).
 *
 * @param jdbcUrl  the JDBC URL, without user and password when they came from a libpq URL
 * @param user     the user, or null (then the driver's default, or the JDBC URL's own)
 * @param password the password, or null
 * @param display  host, port and database, safe to print (never a password)
 */
public record PostgresLocation(String jdbcUrl, String user, String password, String display) {

  /** Whether {@code location} names a PostgreSQL database rather than a SQLite file. */
  public static boolean matches(String location) {
    String l = location.strip().toLowerCase(Locale.ROOT);
    return l.startsWith("postgresql://") || l.startsWith("postgres://") || l.startsWith("jdbc:postgresql:");
  }

  @Override
  public String toString() {
    return display; // records print every field: keep the password out of logs
  }

  /** @throws IllegalArgumentException with a one-line reason when it is no PostgreSQL location */
  public static PostgresLocation parse(String location, Map<String, String> environment) {
    String l = location.strip();
    if (l.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
      return new PostgresLocation(l, null, environment.get("PGPASSWORD"), redactJdbc(l));
    }
    if (!matches(l)) {
      throw new IllegalArgumentException("not a PostgreSQL location: " + redactJdbc(l));
    }
    URI uri;
    try {
      uri = new URI(l);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot read the PostgreSQL location " + redactUserInfo(l) + ": "
          + e.getReason());
    }
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String database = decode(path.startsWith("/") ? path.substring(1) : path);
    if (database.isEmpty()) {
      throw new IllegalArgumentException("the PostgreSQL location " + redactUserInfo(l)
          + " names no database: write postgresql://USER@HOST:PORT/DATABASE");
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String info = uri.getRawUserInfo();
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    if (password == null) {
      password = environment.get("PGPASSWORD");
    }
    String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    String jdbc = "jdbc:postgresql://" + hostPart + ":" + port + "/" + encodePath(database)
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String display = "postgresql://" + (user == null ? "" : user + "@") + hostPart + ":" + port + "/" + database;
    return new PostgresLocation(jdbc, user, password, display);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String encodePath(String database) {
    return java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A JDBC URL without its password parameter. */
  static String redactJdbc(String url) {
    return url.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
  }

  private static String redactUserInfo(String url) {
    return url.replaceAll("//([^:/@]*):[^@/]*@", "//$1:***@");
  }
}
