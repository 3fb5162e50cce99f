/**
 * Transfer eligibility: whether a listed car can be registered in a buyer's city on a date, with the reasons, each
 * citing the rule version, source and effective date it rests on, and the steps the buyer must take. The rules are
 * data ({@link org.clearlot.transfer.rule.TransferRule}) that admins add and supersede in the app; every answer is
 * kept with the rule versions it used.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transfer eligibility",
		allowedDependencies = { "platform", "identity", "catalog", "inspection" })
package org.clearlot.transfer;
