using Microsoft.Extensions.Localization;
using FluentValidation;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Events.ReadEvents;

public sealed class ReadEventsValidator : AbstractValidator<ReadEventsQuery>
{
    public const int MaxLimit = 1000;
    public const int MaxWaitSeconds = 60;

    public ReadEventsValidator(IStringLocalizer<Messages> messages)
    {
        RuleFor(q => q.After).Must(after => after == EventCursor.Now || EventCursor.TryParse(after, out _))
            .WithMessage(_ => messages.Get("Validation.Events.CursorUnknown"));
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
        RuleFor(q => q.Wait).InclusiveBetween(0, MaxWaitSeconds);
        RuleFor(q => q.Type).Must(type => type is null || EventTypes.IsKnown(type))
            .WithMessage(q => messages.Get("Validation.Events.TypeUnknown", ("type", q.Type), ("types", string.Join(", ", EventTypes.All))));
    }
}
