/**
 * 国密 primitives (SM3, HMAC-SM3), the key ring and redaction, for modules that store or sign data.
 * Published to all modules as the named interface {@code crypto} of the shared module.
 */
@NamedInterface("crypto")
package cn.qinqing.shared.crypto;

import org.springframework.modulith.NamedInterface;
