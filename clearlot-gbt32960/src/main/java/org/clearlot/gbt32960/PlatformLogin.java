package org.clearlot.gbt32960;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Platform login (command 05), sent by an enterprise platform to a public platform; the header's VIN field carries
 * the platform id.
 *
 * <pre>
 * time 6 | serial WORD | user 12 ASCII | password 20 ASCII | encryption BYTE
 * 19 0A 1B 14 02 02  08 02  "HAUV4BGN6S50"  "HAUV4BGN6S5002219HAU"  01
 * </pre>
 *
 * @param time       login time, Beijing time
 * @param serial     login serial number
 * @param user       user name, at most 12 characters
 * @param password   password, at most 20 characters
 * @param encryption the encryption the platform will use for data units
 */
public record PlatformLogin(LocalDateTime time, int serial, String user, String password, Encryption encryption)
		implements Body {

	public static final int USER_LENGTH = 12;
	public static final int PASSWORD_LENGTH = 20;

	public PlatformLogin {
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(user, "user");
		Objects.requireNonNull(password, "password");
		Objects.requireNonNull(encryption, "encryption");
	}
}
