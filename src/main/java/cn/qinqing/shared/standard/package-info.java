/**
 * National standards (GB) that business data follows: values and validators any module may use.
 */
@org.springframework.modulith.NamedInterface("standard")
package cn.qinqing.shared.standard;
