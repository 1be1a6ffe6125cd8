package cn.qinqing.notification.web;

import jakarta.validation.constraints.Size;

/** A request for a one-time code: {@code {"mobile":"13812345678","purpose":"appeal"}}. */
record CodeRequest(@Size(max = 20) String mobile,
                   @Size(max = 40) String purpose) {
}
