using FluentValidation;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Events.ReadEvents;

public sealed class ReadEventsValidator : AbstractValidator<ReadEventsQuery>
{
    public const int MaxLimit = 1000;
    public const int MaxWaitSeconds = 60;

    public ReadEventsValidator()
    {
        RuleFor(q => q.After).Must(after => EventCursor.TryParse(after, out _))
            .WithMessage(_ => Localized.Text("Not a cursor of this feed; use the 'cursor' of an earlier response, or leave it out to start at the beginning.",
                "Geen cursor van deze feed; gebruik de 'cursor' uit een eerder antwoord, of laat hem weg om bij het begin te beginnen."));
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
        RuleFor(q => q.Wait).InclusiveBetween(0, MaxWaitSeconds);
        RuleFor(q => q.Type).Must(type => type is null || EventTypes.IsKnown(type))
            .WithMessage(q => Localized.Text($"'{q.Type}' is not an event type; use one of: {string.Join(", ", EventTypes.All)}.",
                $"'{q.Type}' is geen eventtype; gebruik een van: {string.Join(", ", EventTypes.All)}."));
    }
}
