using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summit.Cli.Tests.Browser;

/// <summary>
/// A headless Chromium driven over the Chrome DevTools Protocol (a loopback WebSocket, no extra package): loads a page
/// at a fixed viewport and evaluates expressions in it, so a test can measure the real layout.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private int _id;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The browser to use: <c>SUMMIT_CHROMIUM</c>, else the first of the usual Debian paths that exists; null when none.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("SUMMIT_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return Candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>The flags the machine notes require here (no network chatter, a fresh profile), plus the viewport.</summary>
    public static List<string> Flags(string profile, int width, int height) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, $"--window-size={width},{height}",
    ];

    /// <summary>Starts the browser on a page and connects to that page's DevTools endpoint.</summary>
    public static async Task<HeadlessChromium> OpenAsync(string url, int width, int height)
    {
        var profile = Directory.CreateTempSubdirectory("summit-chromium-").FullName;
        var start = new ProcessStartInfo(Find() ?? throw new InvalidOperationException("No Chromium."))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var flag in Flags(profile, width, height))
        {
            start.ArgumentList.Add(flag);
        }

        start.ArgumentList.Add("--remote-debugging-port=0");
        start.ArgumentList.Add("about:blank");
        var process = Process.Start(start)!;
        var browser = new HeadlessChromium(process, profile);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? port = null;
        while (port is null)
        {
            var line = await process.StandardError.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("Chromium exited before it listened.");
            if (DevToolsLine().Match(line) is { Success: true } m)
            {
                port = m.Groups[1].Value;
            }
        }

        _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var http = new HttpClient();
        string? pageSocket = null;
        while (pageSocket is null)
        {
            var list = JsonDocument.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list"), timeout.Token));
            pageSocket = list.RootElement.EnumerateArray().Where(t => t.GetProperty("type").GetString() == "page")
                .Select(t => t.GetProperty("webSocketDebuggerUrl").GetString()).FirstOrDefault();
            if (pageSocket is null)
            {
                await Task.Delay(100, timeout.Token);
            }
        }

        await browser._socket.ConnectAsync(new Uri(pageSocket), timeout.Token);
        await browser.SendAsync("Emulation.setDeviceMetricsOverride", new Dictionary<string, object> { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        await browser.SendAsync("Page.navigate", new Dictionary<string, object> { ["url"] = url });
        var loaded = "location.href === " + JsonSerializer.Serialize(url) + " && document.readyState === 'complete'";
        while (!(await browser.EvaluateAsync(loaded)).GetBoolean())
        {
            await Task.Delay(50, timeout.Token);
        }

        return browser;
    }

    /// <summary>Evaluates an expression in the page (promises awaited) and returns its value as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var reply = await SendAsync("Runtime.evaluate", new Dictionary<string, object> { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (reply.TryGetProperty("exceptionDetails", out var error))
        {
            throw new InvalidOperationException("The page threw: " + error);
        }

        return reply.GetProperty("result").GetProperty("value");
    }

    /// <summary>Sends one DevTools command and waits for its reply (events in between are ignored).</summary>
    public async Task<JsonElement> SendAsync(string method, Dictionary<string, object> parameters)
    {
        var id = ++_id;
        var message = JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = id, ["method"] = method, ["params"] = parameters });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, timeout.Token);
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var received = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer, timeout.Token);
                received.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
            using var doc = JsonDocument.Parse(received.ToArray());
            if (doc.RootElement.TryGetProperty("id", out var got) && got.GetInt32() == id)
            {
                if (doc.RootElement.TryGetProperty("error", out var error))
                {
                    throw new InvalidOperationException($"{method} failed: {error}");
                }

                return doc.RootElement.GetProperty("result").Clone();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }

        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [GeneratedRegex(@"DevTools listening on ws://127\.0\.0\.1:(\d+)/")]
    private static partial Regex DevToolsLine();
}
