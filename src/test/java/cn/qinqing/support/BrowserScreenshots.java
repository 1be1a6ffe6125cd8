package cn.qinqing.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Saves what the browser showed when a test failed, before {@code @AfterEach} closes the page
 * (a TestWatcher would run too late).
 */
class BrowserScreenshots implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        capture(context);
        throw failure;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        capture(context);
        throw failure;
    }

    private static void capture(ExtensionContext context) {
        if (context.getTestInstance().orElse(null) instanceof BrowserSupport support) {
            support.screenshot(context.getRequiredTestMethod().getName() + "-FAILED");
        }
    }
}
