using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Samenwerking.Application.Common.Text;

/// <summary>
/// The API's own texts, where translators look: <c>Messages.resx</c> (English, the neutral language) and
/// <c>Messages.nl.resx</c> (Dutch) beside this file, one file per language, keys named by what the text says
/// (<c>Validation.Participants.Required</c>). A third language is a third file. Validators and handlers get
/// <c>IStringLocalizer&lt;Messages&gt;</c> injected and read with <see cref="MessageLookup.Get"/>; the culture is
/// the current UI culture (the API sets it from <c>Accept-Language</c>) at the moment of reading, so a validator
/// reads inside its message lambda, never while it is being built. Texts of the domain (refusal titles and
/// details, exit-rule explanations) stay in the domain, which depends on nothing, and are chosen with <see cref="MessageLookup.InRequestLanguage"/>.
/// </summary>
public sealed class Messages
{
    private Messages()
    {
    }

    /// <summary>
    /// The same files for code that no container builds: FluentValidation rule extensions shared by several
    /// validators and the API's static problem writers.
    /// </summary>
    public static IStringLocalizer Shared { get; } =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(Messages));
}
