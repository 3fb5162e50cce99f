/**
 * The port to a payment service provider: create a payment to be paid at the provider's checkout, capture, cancel
 * and refund, every outcome arriving later as a {@link org.clearlot.payment.provider.ProviderEvent} from the
 * provider's signed webhook. A real provider is an adapter implementing this port plus its webhook endpoint.
 */
package org.clearlot.payment.provider;
