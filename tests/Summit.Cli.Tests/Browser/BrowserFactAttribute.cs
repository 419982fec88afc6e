namespace Summit.Cli.Tests.Browser;

/// <summary>A fact that needs a headless Chromium: reported as Skipped (never Passed) when none is installed.</summary>
/// <remarks>xUnit 2 has no dynamic skip, so the browser is looked up when the attribute is built (see <see cref="HeadlessChromium.Find"/>).</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Initializes a new instance of the <see cref="BrowserFactAttribute"/> class.</summary>
    public BrowserFactAttribute()
    {
        if (HeadlessChromium.Find() is null)
        {
            Skip = "No Chromium found (set SUMMIT_CHROMIUM, or install Debian's chromium: .ci/run does so when it runs as root).";
        }
    }
}
