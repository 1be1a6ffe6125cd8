/**
 * Roles, the signed-in user and data scope: what every module asks about who is calling.
 * Published to all modules as the named interface {@code security} of the shared module.
 */
@NamedInterface("security")
package cn.qinqing.shared.security;

import org.springframework.modulith.NamedInterface;
