using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace SipStatus.Traffic.Tests;

/// <summary>A response in the capture, as tshark's SIP dissector reads it: the frame, the code, the phrase, the ports.</summary>
internal sealed record CapturedResponse(int Frame, int Code, string Phrase, int From, int To);

/// <summary>
/// Runs the flows once on 127.0.0.1, sipp against sipp and through Kamailio, captured by tshark on lo, and renders the
/// capture in every format the trace filter reads. Every process is bounded in time and stopped by its PID.
/// </summary>
public sealed class TrafficCapture : IDisposable
{
    public TrafficCapture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "sipstatus-traffic-" + Guid.NewGuid().ToString("N")[..10]);
        if (Tools.NotHere is { } reason)
        {
            Failure = reason;
            return;
        }

        if (Tools.Missing.Count > 0)
        {
            Failure = Tools.MissingMessage;
            return;
        }

        System.IO.Directory.CreateDirectory(Directory);

        try
        {
            Capture();
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException)
        {
            Failure = e.Message;
        }
    }

    public string Directory { get; }

    /// <summary>Why there is no capture, if there is none.</summary>
    public string? Failure { get; private set; }

    public int UasPort { get; private set; }

    public int KamailioPort { get; private set; }

    /// <summary>The responses in the capture, in order.</summary>
    internal IReadOnlyList<CapturedResponse> Responses { get; private set; } = [];

    /// <summary>The frames whose body is a sipfrag (tshark's sipfrag dissector).</summary>
    public int SipfragFrames { get; private set; }

    /// <summary>Each format, by name: the trace as the tool wrote it.</summary>
    public Dictionary<string, byte[]> Formats { get; } = [];

    public static readonly string[] PcapFormats = ["tshark", "tshark -V", "tshark -O sip", "ngrep -W byline", "ngrep -t -W byline", "ngrep", "ngrep -W single"];

    private void Capture()
    {
        var ports = Ports.FreeUdp(4);
        UasPort = ports[0];
        var uacPort = ports[1];
        KamailioPort = ports[2];
        var deadPort = ports[3];
        var pcap = Path.Combine(Directory, "capture.pcapng");
        var filter = $"udp and host 127.0.0.1 and (port {UasPort} or port {uacPort} or port {KamailioPort} or port {deadPort})";
        using var tshark = Child.Start(Tools.Path_("tshark"), ["-i", "lo", "-n", "-q", "-f", filter, "-w", pcap, "-a", "duration:180"], Directory);
        WaitFor(() => File.Exists(pcap) && new FileInfo(pcap).Length > 0, 20, () => "tshark did not start capturing on lo: " + tshark.ErrorSoFar());
        Thread.Sleep(1000);

        var config = Path.Combine(Directory, "kamailio.cfg");
        File.WriteAllText(config, KamailioConfig(KamailioPort, UasPort, deadPort));
        var kamailioLog = Path.Combine(Directory, "kamailio.log");
        using (var kamailio = Child.Start(
            Tools.Path_("kamailio"),
            ["-f", config, "-DD", "-E", "-Y", Directory, "-P", Path.Combine(Directory, "kamailio.pid"), "-w", Directory],
            Directory))
        {
            WaitFor(() => !Ports.IsFree(KamailioPort), 20, () => "Kamailio did not listen: " + kamailio.ErrorSoFar());
            foreach (var flow in Scenarios.All())
            {
                RunFlow(flow, uacPort);
            }

            Thread.Sleep(500);
            var (_, _, log) = kamailio.Terminate();
            File.WriteAllText(kamailioLog, log);
        }

        Thread.Sleep(1000);
        tshark.Terminate();

        var fields = Run("tshark", ["-r", pcap, "-n", "-Y", "sip.Status-Code", "-T", "fields", "-E", "separator=/t",
            "-e", "frame.number", "-e", "sip.Status-Code", "-e", "sip.Status-Line", "-e", "udp.srcport", "-e", "udp.dstport"]);
        Responses = Encoding.UTF8.GetString(fields).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParseField).ToList();
        SipfragFrames = Encoding.UTF8.GetString(Run("tshark", ["-r", pcap, "-n", "-Y", "sipfrag", "-T", "fields", "-e", "frame.number"]))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

        Formats["tshark"] = Run("tshark", ["-r", pcap, "-n"]);
        Formats["tshark -V"] = Run("tshark", ["-r", pcap, "-n", "-V"]);
        Formats["tshark -O sip"] = Run("tshark", ["-r", pcap, "-n", "-O", "sip"]);
        Formats["ngrep -W byline"] = Run("ngrep", ["-q", "-W", "byline", "-I", pcap]);
        Formats["ngrep -t -W byline"] = Run("ngrep", ["-q", "-t", "-W", "byline", "-I", pcap]);
        Formats["ngrep"] = Run("ngrep", ["-q", "-I", pcap]);
        Formats["ngrep -W single"] = Run("ngrep", ["-q", "-W", "single", "-I", pcap]);
        Formats["sipp -trace_msg"] = Scenarios.All().SelectMany(f => new[] { $"uac-{f.Name}.log", $"uas-{f.Name}.log" })
            .Select(n => Path.Combine(Directory, n)).Where(File.Exists).SelectMany(File.ReadAllBytes).ToArray();
        Formats["kamailio log"] = File.ReadAllBytes(kamailioLog);
    }

    private void RunFlow(Flow flow, int uacPort)
    {
        var uacFile = Path.Combine(Directory, $"uac-{flow.Name}.xml");
        File.WriteAllBytes(uacFile, flow.Uac);
        Child? uas = null;
        try
        {
            if (flow.Uas is not null)
            {
                var uasFile = Path.Combine(Directory, $"uas-{flow.Name}.xml");
                File.WriteAllBytes(uasFile, flow.Uas);
                uas = Child.Start(Tools.Path_("sipp"), ["-sf", uasFile, "-i", "127.0.0.1", "-p", Invariant(UasPort), "-m", "1", "-nostdin",
                    "-trace_msg", "-message_file", Path.Combine(Directory, $"uas-{flow.Name}.log"), "-timeout", "30"], Directory);
                WaitFor(() => !Ports.IsFree(UasPort), 20, () => "sipp (UAS) did not listen: " + uas.ErrorSoFar());
            }

            var target = "127.0.0.1:" + Invariant(flow.ViaKamailio ? KamailioPort : UasPort);
            var (exit, _, error) = Child.Run(Tools.Path_("sipp"), ["-sf", uacFile, "-i", "127.0.0.1", "-p", Invariant(uacPort), target, "-m", "1", "-nostdin",
                "-trace_msg", "-message_file", Path.Combine(Directory, $"uac-{flow.Name}.log"), "-timeout", "30"], Directory, 60);
            if (exit != 0)
            {
                throw new InvalidOperationException($"sipp (UAC, flow {flow.Name}) failed with exit code {exit}: {error}");
            }

            if (uas is not null)
            {
                var (uasExit, _, uasError) = uas.Wait(20);
                if (uasExit != 0)
                {
                    throw new InvalidOperationException($"sipp (UAS, flow {flow.Name}) failed with exit code {uasExit}: {uasError}");
                }
            }
        }
        finally
        {
            uas?.Dispose();
        }
    }

    private byte[] Run(string tool, string[] args)
    {
        var (exit, output, error) = Child.Run(Tools.Path_(tool), args, Directory, 120);
        return exit == 0 ? output : throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed ({exit}): {error}");
    }

    private static CapturedResponse ParseField(string row)
    {
        var cells = row.Split('\t');
        var line = cells[2];
        var phraseStart = line.IndexOf(' ', line.IndexOf(' ') + 1);
        return new CapturedResponse(
            int.Parse(cells[0], CultureInfo.InvariantCulture),
            int.Parse(cells[1], CultureInfo.InvariantCulture),
            phraseStart < 0 ? string.Empty : line[(phraseStart + 1)..],
            int.Parse(cells[3], CultureInfo.InvariantCulture),
            int.Parse(cells[4], CultureInfo.InvariantCulture));
    }

    private static string KamailioConfig(int port, int uasPort, int deadPort) => $$"""
        #!KAMAILIO
        debug=2
        log_stderror=yes
        children=1
        auto_aliases=no
        disable_tcp=yes
        listen=udp:127.0.0.1:{{port}}
        mpath="/usr/lib/x86_64-linux-gnu/kamailio/modules/"
        loadmodule "tm.so"
        loadmodule "sl.so"
        loadmodule "maxfwd.so"
        loadmodule "pv.so"
        loadmodule "xlog.so"
        loadmodule "textops.so"
        modparam("tm", "fr_timer", 1500)
        modparam("tm", "fr_inv_timer", 10000)
        request_route {
            xlog("L_NOTICE", "request $rm: $mb\n");
            if (!mf_process_maxfwd_header("10")) {
                sl_send_reply("483", "Too Many Hops");
                exit;
            }
            if ($rU == "nobody") {
                sl_send_reply("404", "Not Here");
                exit;
            }
            if ($rU == "dead") {
                $du = "sip:127.0.0.1:{{deadPort}}";
                t_relay();
                exit;
            }
            $du = "sip:127.0.0.1:{{uasPort}}";
            if (is_method("ACK") && !t_check_trans()) {
                forward();
                exit;
            }
            t_relay();
        }
        reply_route {
            xlog("L_NOTICE", "reply $rs: $mb\n");
        }
        """;

    private static void WaitFor(Func<bool> condition, int seconds, Func<string> failure)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException(failure());
            }

            Thread.Sleep(100);
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (Failure is null && !Tools.UnderCi)
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // Left for inspection.
            }
        }
    }
}
