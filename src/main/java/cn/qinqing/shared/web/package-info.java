/**
 * The web conventions every module's controllers use: API controllers, problem details, client address.
 * Published to all modules as the named interface {@code web} of the shared module.
 */
@NamedInterface("web")
package cn.qinqing.shared.web;

import org.springframework.modulith.NamedInterface;
