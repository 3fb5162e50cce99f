package org.clearlot.identity.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.OrganizationInfo;
import org.clearlot.identity.OrganizationKind;
import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds users and organizations; the identity module's facade for other modules. */
@Service
@Transactional(readOnly = true)
public class AccountService implements IdentityApi {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,32}");

	private final UserRepository users;
	private final OrganizationRepository organizations;
	private final PasswordEncoder passwordEncoder;
	private final PasswordPolicy passwordPolicy;

	AccountService(UserRepository users, OrganizationRepository organizations, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy) {
		this.users = users;
		this.organizations = organizations;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
	}

	/** Self-registration: always a BUYER, with the password policy enforced. */
	@Transactional
	public UserAccount registerBuyer(String username, String rawPassword, String displayName) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (username == null || !USERNAME.matcher(username).matches()) {
			problems.add(FieldProblem.of("username", Reason.USERNAME_FORMAT));
		}
		if (displayName == null || displayName.isBlank() || displayName.length() > 80) {
			problems.add(FieldProblem.of("displayName", Reason.DISPLAY_NAME_LENGTH));
		}
		problems.addAll(passwordPolicy.weaknesses(username, rawPassword));
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		return save(new NewAccount(username, rawPassword, displayName.strip(), Role.BUYER, null));
	}

	@Override
	@Transactional
	public UserAccount createAccount(NewAccount account) {
		return save(account);
	}

	private UserAccount save(NewAccount account) {
		if (users.findByUsernameIgnoringCase(account.username()).isPresent()) {
			throw new ConflictException("Username '" + account.username() + "' is already taken");
		}
		UserEntity entity = new UserEntity(account.username(), passwordEncoder.encode(account.rawPassword()),
				account.displayName(), account.role(), account.organizationId());
		return users.saveAndFlush(entity).toAccount();
	}

	@Override
	@Transactional
	public OrganizationInfo createOrganization(NewOrganization organization) {
		String city = Cities.find(organization.city())
				.orElseThrow(() -> InvalidInputException.of("city", Reason.UNKNOWN_CITY, organization.city()))
				.id();
		return organizations.save(new OrganizationEntity(organization.nameEn(), organization.nameZh(),
				organization.kind(), city)).toInfo();
	}

	@Override
	public Optional<OrganizationInfo> findOrganization(UUID id) {
		return organizations.findById(id).map(OrganizationEntity::toInfo);
	}

	@Override
	public Map<UUID, OrganizationInfo> organizations(Collection<UUID> ids) {
		return organizations.findAllById(ids).stream()
				.map(OrganizationEntity::toInfo)
				.collect(Collectors.toMap(OrganizationInfo::id, Function.identity()));
	}

	@Override
	public List<OrganizationInfo> organizationsOfKind(OrganizationKind kind) {
		return organizations.findByKindOrderByNameEn(kind).stream().map(OrganizationEntity::toInfo).toList();
	}

	@Override
	public Optional<UserAccount> findUserByUsername(String username) {
		return users.findByUsernameIgnoringCase(username).map(UserEntity::toAccount);
	}

	/** The stored credentials of an enabled user, for the authentication provider. */
	public Optional<StoredCredentials> credentials(String username) {
		return users.findByUsernameIgnoringCase(username)
				.filter(UserEntity::enabled)
				.map(user -> new StoredCredentials(user.toAccount(), user.passwordHash()));
	}

	/** An account with its password hash; never leaves the identity module. */
	public record StoredCredentials(UserAccount account, String passwordHash) {
	}
}
