package org.clearlot.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.IdentityApi.NewAccount;
import org.clearlot.identity.IdentityApi.NewOrganization;
import org.clearlot.identity.OrganizationInfo;
import org.clearlot.identity.OrganizationKind;
import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;

/**
 * One user per role for API tests, created once per application context: two dealers of two different dealer
 * organizations, a buyer, an inspector, an admin, a telemetry machine account and a battery recycler.
 */
public record TestActors(UserAccount dealer, UserAccount otherDealer, UserAccount buyer, UserAccount inspector,
		UserAccount admin, OrganizationInfo dealerOrg, OrganizationInfo otherDealerOrg, UserAccount telemetry,
		UserAccount recycler) {

	public static final String PASSWORD = "Test-Password-2026";

	private static final Map<IdentityApi, TestActors> PER_CONTEXT = new ConcurrentHashMap<>();

	public static TestActors in(IdentityApi identity) {
		return PER_CONTEXT.computeIfAbsent(identity, TestActors::create);
	}

	private static TestActors create(IdentityApi identity) {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		OrganizationInfo a = identity.createOrganization(new NewOrganization("Test Motors A", "测试车行A", OrganizationKind.DEALER, "Wuhan"));
		OrganizationInfo b = identity.createOrganization(new NewOrganization("Test Motors B", "测试车行B", OrganizationKind.DEALER, "Shanghai"));
		OrganizationInfo agency = identity.createOrganization(new NewOrganization("Test Appraisal", "测试鉴定", OrganizationKind.INSPECTION_AGENCY, "Beijing"));
		OrganizationInfo recyclerOrg = identity.createOrganization(new NewOrganization("Test Recycling", "测试回收", OrganizationKind.RECYCLER, "Hefei"));
		return new TestActors(
				account(identity, "t-dealer-" + suffix, Role.DEALER, a.id()),
				account(identity, "t-dealer2-" + suffix, Role.DEALER, b.id()),
				account(identity, "t-buyer-" + suffix, Role.BUYER, null),
				account(identity, "t-inspector-" + suffix, Role.INSPECTOR, agency.id()),
				account(identity, "t-admin-" + suffix, Role.ADMIN, null),
				a, b,
				account(identity, "t-telemetry-" + suffix, Role.TELEMETRY, null),
				account(identity, "t-recycler-" + suffix, Role.RECYCLER, recyclerOrg.id()));
	}

	private static UserAccount account(IdentityApi identity, String username, Role role, UUID organization) {
		return identity.createAccount(new NewAccount(username, PASSWORD, username, role, organization));
	}
}
