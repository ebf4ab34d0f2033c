using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SipStatus.Cli;

/// <summary>
/// The notes the trace filter appends to a line, without the spaces before them: <c># 486 Busy Here (4xx Request
/// Failure); hint: …</c>. A status line's note depends only on its code, so it is made once per code and kept as bytes.
/// </summary>
internal sealed class TraceNotes(CliHost host, OutputSettings settings)
{
    private readonly byte[]?[] _statusNotes = new byte[2000][];

    /// <summary>The note on a status line of this code, as UTF-8; a status line quoted in a sipfrag body says so first.</summary>
    public byte[] Status(int code, bool sipfrag) =>
        _statusNotes[code + (sipfrag ? 1000 : 0)] ??= Encoding.UTF8.GetBytes(StatusNote(StatusReport.Of(code, host.Texts, settings.Language), sipfrag));

    /// <summary>The note on a status line: <c># 486 Busy Here (4xx Request Failure); hint (nl): …</c>, or <c># sipfrag: 486 …</c>.</summary>
    private string StatusNote(StatusReport status, bool sipfrag)
    {
        var messages = settings.Messages;
        var effective = status.Effective;
        var text = new StringBuilder(sipfrag ? "# sipfrag: " : "# ");
        text.Append(status.Registered ? status.Title : messages.Unregistered(status.Code, SipStatusCatalog.Resolve(status.Code)));
        text.Append(" (").Append(effective.Class).Append(' ').Append(effective.ClassName).Append(')');
        if (status.Deprecated && status.TreatAs is { } treatAs)
        {
            text.Append("; ").Append(messages.DeprecatedNote(treatAs));
        }

        if (status.Hint is { } hint)
        {
            text.Append("; ").Append(messages.HintNote(hint, TextOutput.OtherLanguage(status, settings)));
        }

        return settings.Color ? Ansi.ColorOf(effective.StatusClass) + text + Ansi.End : text.ToString();
    }

    /// <summary>The note on a Reason line: <c># Q.850 cause 17 (User busy): RFC 3398 gives 486 Busy Here</c>.</summary>
    public string Reasons(IReadOnlyList<ReasonReport> reasons)
    {
        var messages = settings.Messages;
        var text = new StringBuilder("# ");
        int? first = null;
        foreach (var reason in reasons)
        {
            text.Append(text.Length > 2 ? "; " : string.Empty);
            first ??= reason.SipCode;
            if (reason.Protocol == SipReason.Q850Protocol)
            {
                text.Append(reason.Q850CauseName is { } name ? messages.Q850Note(reason.Cause, name, reason.SipCode is { } code ? SipStatusCatalog.Resolve(code) : null) : messages.NotACauseNote(reason.Cause));
            }
            else if (reason.SipCode is { } code)
            {
                text.Append("SIP ").Append(SipStatusCatalog.TryGet(code, out var info) ? info.ToString() : messages.Unregistered(code, SipStatusCatalog.Resolve(code)));
            }
            else
            {
                text.Append(messages.UnexplainedReasonNote(reason.Protocol, reason.Cause));
            }
        }

        return settings.Color && first is { } painted ? Ansi.ColorOf((SipStatusClass)(painted / 100)) + text + Ansi.End : text.ToString();
    }

    /// <summary>The note on a Warning line: <c># 304 Media type not available (hint: …)</c>.</summary>
    public string Warnings(IReadOnlyList<WarningReport> warnings)
    {
        var messages = settings.Messages;
        var text = new StringBuilder("# ");
        foreach (var warning in warnings)
        {
            text.Append(text.Length > 2 ? "; " : string.Empty);
            if (SipWarningCatalog.TryGet(warning.Code, out var info))
            {
                text.Append(info.Value.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(info.WarnText)
                    .Append(" (").Append(messages.HintNote(info.GetHint(settings.Language), null)).Append(')');
            }
            else
            {
                text.Append(messages.UnregisteredWarningNote(warning.Code));
            }
        }

        return text.ToString();
    }
}
