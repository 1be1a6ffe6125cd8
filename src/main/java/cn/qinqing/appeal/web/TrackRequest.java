package cn.qinqing.appeal.web;

/** The body of {@code POST /api/v1/public/appeals/track}: tracking number, mobile and a fresh one-time code. */
record TrackRequest(String trackingNumber, String mobile, String code) {
}
