package cn.qinqing.support;

/** The two screens every page must work on: an office desktop and a 375 px phone. */
public enum Viewport {
    DESKTOP(1280, 800, false),
    PHONE(375, 812, true);

    final int width;
    final int height;
    final boolean mobile;

    Viewport(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }
}
