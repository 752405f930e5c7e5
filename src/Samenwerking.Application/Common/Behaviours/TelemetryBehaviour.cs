using System.Diagnostics;
using FluentValidation;
using Mediator;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Common;

namespace Samenwerking.Application.Common.Behaviours;

/// <summary>
/// Each command and query as a span, and a duration per use case and outcome, so a trace shows which use case
/// a request ran and how it ended. Without a listener (no OpenTelemetry exporter configured) neither the span
/// nor the measurement is made.
/// </summary>
public sealed class TelemetryBehaviour<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string Name = typeof(TMessage).Name;
    private static readonly string Kind = typeof(IBaseCommand).IsAssignableFrom(typeof(TMessage)) ? "command" : "query";

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken) =>
        ApplicationTelemetry.Source.HasListeners() || ApplicationTelemetry.Duration.Enabled
            ? ObserveAsync(message, next, cancellationToken)
            : next(message, cancellationToken);

    private static async ValueTask<TResponse> ObserveAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var measure = ApplicationTelemetry.Duration.Enabled;
        using var activity = ApplicationTelemetry.Source.StartActivity(Name);
        activity?.SetTag(ApplicationTelemetry.RequestTag, Name);
        activity?.SetTag(ApplicationTelemetry.KindTag, Kind);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception exception)
        {
            outcome = OutcomeOf(exception);
            // Refusals are the use case working as designed; only the unexpected marks the span as failed.
            if (outcome == "error")
            {
                activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            }

            throw;
        }
        finally
        {
            activity?.SetTag(ApplicationTelemetry.OutcomeTag, outcome);
            if (measure)
            {
                ApplicationTelemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                    new KeyValuePair<string, object?>(ApplicationTelemetry.RequestTag, Name),
                    new KeyValuePair<string, object?>(ApplicationTelemetry.KindTag, Kind),
                    new KeyValuePair<string, object?>(ApplicationTelemetry.OutcomeTag, outcome));
            }
        }
    }

    private static string OutcomeOf(Exception exception) => exception switch
    {
        ValidationException => "invalid-input",
        NotFoundException or PartNotFoundException => "not-found",
        DomainRuleViolationException => "rule-violation",
        ConcurrencyConflictException or PreconditionRequiredException => "precondition",
        OperationCanceledException => "cancelled",
        _ => "error",
    };
}
