using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Lampung.Hosting;

namespace LatihanAsn.Lampung.Seeding;

/// <summary>What the evaluation step recorded.</summary>
/// <param name="Runs">Course runs evaluated (one plan each).</param>
/// <param name="Participants">Participants of every run.</param>
/// <param name="Absent">Participants recorded as absent.</param>
/// <param name="ReactionResponses">Reaction questionnaires answered.</param>
/// <param name="TestScores">Pre- and post-test scores.</param>
/// <param name="BehaviourRatings">Behaviour ratings (supervisor, peer, self; before and after).</param>
/// <param name="Transfers">Reports of passing the training on to colleagues.</param>
/// <param name="KpiObservations">KPI observations, the SKM indices included.</param>
/// <param name="QualitativeRecords">Interviews and observations with coded findings.</param>
/// <param name="SkmSurveys">SKM surveys of the units.</param>
/// <param name="SkmResponses">Their responses.</param>
internal sealed record EvaluationCounts(
    int Runs,
    int Participants,
    int Absent,
    int ReactionResponses,
    int TestScores,
    int BehaviourRatings,
    int Transfers,
    int KpiObservations,
    int QualitativeRecords,
    int SkmSurveys,
    int SkmResponses);

/// <summary>An SKM survey the seeder created, with the plan it came from.</summary>
internal sealed record SeededSkmSurvey(SkmSurveyId Id, SkmSurveyPlan Plan);

/// <summary>A run's evaluation plan as created, with its data.</summary>
internal sealed record SeededRun(EvaluationPlanId PlanId, RunEvaluationPlan Data);

/// <summary>
/// Sends the evaluation step through the mediator, in the host's caller scope (the province), in one transaction:
/// per run <c>CreateEvaluationPlan</c>, <c>RecordAttendance</c>, <c>RecordReactionResponses</c>, <c>RecordTestScores</c>
/// (pre and post), <c>RecordBehaviourRatings</c> (one request per rater and day), <c>RecordKnowledgeTransfer</c>,
/// <c>CreateSkmSurvey</c> and <c>RecordSkmResponses</c> for the units, <c>RecordKpiObservations</c> (values, and the
/// SKM surveys' indices), <c>RecordQualitativeEvidence</c> and <c>RecordCostsAndBenefits</c>.
/// </summary>
internal static class EvaluationSeeder
{
    public static Task<(IReadOnlyList<SeededRun> Runs, IReadOnlyList<SeededSkmSurvey> Surveys, EvaluationCounts Counts)> SeedAsync(
        LampungHost host, IReadOnlyList<RunEvaluationPlan> runs, SeedResult seeded, CancellationToken cancellationToken = default) =>
        host.Database.InTransactionAsync(async () =>
        {
            var employees = seeded.EmployeeIds;
            var plans = new List<SeededRun>();
            var surveys = new List<SeededSkmSurvey>();
            foreach (var data in runs)
            {
                var run = data.Run;
                var plan = await host.SendAsync(
                    new CreateEvaluationPlan(run.Id, run.Title, run.Organiser, run.OpdCode, run.Start, run.End, data.Measurements, run.Participants.Select(p => employees[p]).ToArray(),
                        data.Questionnaire, data.TestMaximum, data.Behaviour, data.Kpis.Count > 0 ? data.Kpis : null),
                    cancellationToken);
                plans.Add(new SeededRun(plan, data));
                await host.SendAsync(new RecordAttendance(plan, data.Attendance.Select(a => new AttendanceEntry(employees[a.Employee], a.Attended)).ToArray()), cancellationToken);
                await host.SendAsync(new RecordReactionResponses(plan, "L1", data.Reactions.Select(r => new ReactionAnswers(employees[r.Employee], r.Answers)).ToArray()), cancellationToken);
                await host.SendAsync(new RecordTestScores(plan, "L2-PRE", data.PreTest.Select(s => new ParticipantScore(employees[s.Employee], s.Score)).ToArray()), cancellationToken);
                await host.SendAsync(new RecordTestScores(plan, "L2-POST", data.PostTest.Select(s => new ParticipantScore(employees[s.Employee], s.Score)).ToArray()), cancellationToken);
                foreach (var set in data.Ratings)
                {
                    await host.SendAsync(
                        new RecordBehaviourRatings(plan, set.Measurement, set.Rater, set.ObservedOn, set.Ratings.Select(r => new BehaviourRatingEntry(employees[r.Employee], r.Indicator, r.Rating)).ToArray()),
                        cancellationToken);
                }

                foreach (var t in data.Transfers)
                {
                    await host.SendAsync(new RecordKnowledgeTransfer(plan, employees[t.Employee], t.ReportedOn, t.ColleaguesTaught, t.SessionsShared, t.Note), cancellationToken);
                }

                foreach (var set in data.KpiObservations)
                {
                    await host.SendAsync(new RecordKpiObservations(plan, set.Measurement, set.Observations.Select(o => new KpiValueInput(o.Kpi, o.Group, o.ObservedOn, o.Value)).ToArray()), cancellationToken);
                }

                foreach (var skm in data.SkmSurveys)
                {
                    var survey = await host.SendAsync(new CreateSkmSurvey(skm.OpdCode, skm.Service, skm.PeriodStart, skm.PeriodEnd), cancellationToken);
                    await host.SendAsync(new RecordSkmResponses(survey, skm.Responses.Select(r => new SkmResponse(r)).ToArray()), cancellationToken);
                    await host.SendAsync(new RecordKpiObservations(plan, skm.Measurement, [new KpiValueInput(skm.Kpi, ComparisonGroup.Trained, skm.PeriodEnd, FromSkmSurvey: survey)]), cancellationToken);
                    surveys.Add(new SeededSkmSurvey(survey, skm));
                }

                foreach (var e in data.Evidence)
                {
                    await host.SendAsync(new RecordQualitativeEvidence(plan, e.Measurement, e.On, e.RecordedBy, e.With, e.Findings, Competency: e.Competency), cancellationToken);
                }

                await host.SendAsync(new RecordCostsAndBenefits(plan, "L5-ROI", data.Costs, data.Benefits, data.Intangibles), cancellationToken);
            }

            var counts = new EvaluationCounts(
                runs.Count,
                runs.Sum(r => r.Run.Participants.Count),
                runs.Sum(r => r.Attendance.Count(a => !a.Attended)),
                runs.Sum(r => r.Reactions.Count),
                runs.Sum(r => r.PreTest.Count + r.PostTest.Count),
                runs.Sum(r => r.Ratings.Sum(s => s.Ratings.Count)),
                runs.Sum(r => r.Transfers.Count),
                runs.Sum(r => r.KpiObservations.Sum(s => s.Observations.Count) + r.SkmSurveys.Count),
                runs.Sum(r => r.Evidence.Count),
                runs.Sum(r => r.SkmSurveys.Count),
                runs.Sum(r => r.SkmSurveys.Sum(s => s.Responses.Count)));
            return ((IReadOnlyList<SeededRun>)plans, (IReadOnlyList<SeededSkmSurvey>)surveys, counts);
        }, cancellationToken);
}
