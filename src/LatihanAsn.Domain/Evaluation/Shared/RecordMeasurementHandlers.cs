using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

internal sealed class RecordMeasurementHandlers(
    IRepository<EvaluationPlan> plans,
    IReadRepository<SkmSurvey> surveys,
    ICallerScopeAccessor scope,
    RuleSetRegistry rules,
    TimeProvider time,
    DomainEventPublisher events)
    : IRequestHandler<RecordReactionResponses, Unit>,
      IRequestHandler<RecordTestScores, Unit>,
      IRequestHandler<RecordComponentScores, Unit>,
      IRequestHandler<RecordBehaviourRatings, Unit>,
      IRequestHandler<RecordKnowledgeTransfer, Unit>,
      IRequestHandler<RecordKpiObservations, Unit>,
      IRequestHandler<RecordQualitativeEvidence, Unit>,
      IRequestHandler<RecordCostsAndBenefits, Unit>
{
    public Task<Unit> Handle(RecordReactionResponses request, CancellationToken cancellationToken) =>
        Change(request.PlanId, plan => plan.RecordReactionResponses(request.MeasurementCode, request.Responses), cancellationToken);

    public Task<Unit> Handle(RecordTestScores request, CancellationToken cancellationToken) =>
        Change(request.PlanId, plan => plan.RecordTestScores(request.MeasurementCode, request.Scores), cancellationToken);

    public Task<Unit> Handle(RecordComponentScores request, CancellationToken cancellationToken) =>
        Change(request.PlanId, plan => plan.RecordComponentScores(request.MeasurementCode, request.Scores), cancellationToken);

    public Task<Unit> Handle(RecordBehaviourRatings request, CancellationToken cancellationToken) =>
        Change(request.PlanId, plan => plan.RecordBehaviourRatings(request.MeasurementCode, request.Rater, request.ObservedOn, request.Ratings), cancellationToken);

    public Task<Unit> Handle(RecordKnowledgeTransfer request, CancellationToken cancellationToken) =>
        Change(
            request.PlanId,
            plan => plan.RecordTransfer(new KnowledgeTransfer(request.Participant, request.ReportedOn, request.ColleaguesTaught, request.SessionsShared, request.Note)),
            cancellationToken);

    public async Task<Unit> Handle(RecordKpiObservations request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var phase = plan.FindMeasurement(request.MeasurementCode)?.Phase ?? MeasurementPhase.After;
        var observations = new List<KpiObservation>();
        foreach (var input in request.Observations)
        {
            var value = input.Value;
            string? source = null;
            if (input.FromSkmSurvey is { } id)
            {
                var survey = await surveys.FirstOrDefaultAsync(new SkmSurveyByIdSpec(scope.Current, id), cancellationToken).ConfigureAwait(false)
                    ?? throw new NotFoundInScopeException(Messages.Get("Evaluation_SKMSurvey"), id.ToString());
                var skm = SkmIndexHandler.Compute(survey, rules);
                value = skm.Converted ?? throw new DomainRuleException("skm_index_undefined", Messages.Get("Evaluation_SKMIndexSurveyUndefined2", id, UndefinedReasons.Describe(skm.Undefined!.Value)));
                source = $"SKM {id} ({skm.RuleSet.Key}, {skm.Weights})";
            }

            observations.Add(new KpiObservation(input.Kpi, input.Group, phase, input.ObservedOn, value!.Value, source));
        }

        plan.RecordKpiObservations(request.MeasurementCode, observations);
        await Save(plan, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    public Task<Unit> Handle(RecordQualitativeEvidence request, CancellationToken cancellationToken) =>
        Change(
            request.PlanId,
            plan =>
            {
                var instrument = plan.FindMeasurement(request.MeasurementCode)?.Instrument;
                var method = instrument == EvaluationInstrument.DirectObservation ? EvidenceMethod.Observation : EvidenceMethod.Interview;
                plan.RecordQualitative(new QualitativeRecord(request.MeasurementCode, method, request.On, request.RecordedBy, request.With, request.Participant, request.Competency, request.Findings));
            },
            cancellationToken);

    public Task<Unit> Handle(RecordCostsAndBenefits request, CancellationToken cancellationToken) =>
        Change(
            request.PlanId,
            plan => plan.RecordCostsAndBenefits(new CostBenefitRecord(request.MeasurementCode, time.Today(), request.Costs ?? [], request.Benefits ?? [], request.Intangibles ?? [])),
            cancellationToken);

    private async Task<Unit> Change(EvaluationPlanId id, Action<EvaluationPlan> change, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, id, cancellationToken).ConfigureAwait(false);
        change(plan);
        await Save(plan, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    private async Task Save(EvaluationPlan plan, CancellationToken cancellationToken)
    {
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
    }
}
