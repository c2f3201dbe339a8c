package enginetest

var groups = []Group{
	groupNull,
	groupLogic,
	groupCompare,
	groupArith,
	groupAgg,
	groupDates,
	groupSort,
	groupDomain,
	groupPopulation,
	groupCase,
	groupEvents,
	groupCore,
	groupQueryModel,
	groupRegressions,
}
