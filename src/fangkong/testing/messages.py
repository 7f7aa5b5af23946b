"""Texts of the testing pages (sampling, labs, recalls, coverage): key -> (zh, en), merged into core.i18n.MESSAGES."""

MESSAGES: dict[str, tuple[str, str]] = {
    "nav.testing": ("核酸检测", "Testing"),
    "testing.pool_n": ("{n} 合 1", "{n}-in-1"),
    "testing.pool_n.one": ("单管", "single tube"),
    "testing.area": ("区域", "Area"),
    "testing.persons_n": ("{n} 人", "{n} persons"),
    "testing.persons_n.one": ("{n} 人", "{n} person"),
    # ---- advisor ------------------------------------------------------------------------------
    "testing.advisor.title": ("混采规模建议", "Pool-size advisor"),
    "testing.advisor.intro": ("根据近期阳性率，给出每人检测次数最少的混采规模（Dorfman 两步法），并提示稀释风险。",
                              "From recent positivity, the pool size with the fewest tests per person "
                              "(Dorfman two-stage pooling), with the dilution risk."),
    "testing.advisor.positive": ("近期阳性人数", "Recent positives"),
    "testing.advisor.tested": ("近期检测人数", "Recently tested"),
    "testing.advisor.ct_limit": ("试剂检出限 Ct", "Assay limit (Ct)"),
    "testing.advisor.weak_ct": ("弱阳性样本 Ct", "Weak positive (Ct)"),
    "testing.advisor.submit": ("计算", "Calculate"),
    "testing.advisor.recommended": ("建议混采规模", "Recommended pool"),
    "testing.advisor.tests_per_person": ("人均检测次数", "Tests per person"),
    "testing.advisor.saving": ("较单管节省", "Saving vs single tubes"),
    "testing.advisor.prevalence": ("估计阳性率", "Estimated prevalence"),
    "testing.advisor.per_10000": ("每 1 万人约需检测 {tubes} 次（含阳性混管的单采复核）。",
                                  "About {tubes} tests per 10,000 persons (re-tests of positive pools included)."),
    "testing.advisor.max_safe": ("安全上限：{k} 合 1（混采 k 管使 Ct 上升 log2(k)；"
                                  "弱阳性 Ct {weak} 须低于检出限 {limit}）。",
                                 "Safe limit: {k}-in-1 (pooling k swabs adds log2(k) to the Ct; a weak "
                                 "positive at Ct {weak} must stay below the limit {limit})."),
    "testing.advisor.dilution_limited": ("不计稀释时 {k} 合 1 最省（人均 {e} 次），"
                                          "但超过安全上限 {safe} 合 1，弱阳性可能漏检。",
                                         "Without dilution {k}-in-1 would be cheapest ({e} tests per person), but it "
                                         "exceeds the safe limit of {safe}-in-1: weak positives could be missed."),
    "testing.advisor.size": ("混采规模", "Pool size"),
    "testing.advisor.ct_shift": ("Ct 上升", "Ct shift"),
    "testing.advisor.sensitivity": ("灵敏度", "Sensitivity"),
    "testing.advisor.safety": ("稀释风险", "Dilution"),
    "testing.advisor.safe": ("安全", "safe"),
    "testing.advisor.unsafe": ("超过安全上限", "above the safe limit"),
    "testing.advisor.best": ("建议", "best"),
    "testing.advisor.curve": ("不同混采规模的人均检测次数", "Tests per person by pool size"),
    "testing.advisor.areas": ("各区建议（近 7 日结果）", "Advice per district (results of the last 7 days)"),
    "testing.advisor.areas_note": ("阳性率按 (阳性+0.5)/(检测+1) 估计；检测不足 100 人的区域保持 10 合 1。",
                                   "Prevalence is estimated as (positive + 0.5) / (tested + 1); areas with fewer "
                                   "than 100 results keep 10-in-1."),
    "testing.advisor.observed": ("阳性 / 检测", "Positive / tested"),
    "testing.advisor.few_data": ("数据不足", "few results"),
    "testing.advisor.capped": ("受稀释限制", "capped by dilution"),
    "testing.advisor.method": ("两步法：每管混采 k 人检测一次，阳性混管的每人再单采单检。"
                                "人均检测次数 E(k) = 1/k + 1 − (1−p)^k。",
                               "Two stages: each pool of k is tested once; every member of a positive pool is "
                               "re-tested alone. Tests per person E(k) = 1/k + 1 − (1−p)^k."),
}
