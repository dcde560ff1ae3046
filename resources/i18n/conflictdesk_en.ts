<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ko">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/about.py" line="+57"/>
        <source>갈등관리 데스크 정보</source>
        <translation>About ConflictDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>정보</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>글꼴 라이선스 (OFL)</source>
        <translation>Font licence (OFL)</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/deliberation.py" line="+63"/>
        <source>연도(&amp;Y)</source>
        <extracomment>Which change kinds make the panel reload. Problems listed in the refused-import message.</extracomment>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>청원 가져오기(&amp;I)…</source>
        <translation>&amp;Import petitions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>엑셀·CSV 머리글: 청원명, 청원 시작일, 공감 수, 기준일</source>
        <translation>Excel/CSV whose first row holds the Korean headers of title, opening date, support count and count date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>목록 저장(&amp;X)…</source>
        <translation>E&amp;xport list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>고른 연도의 안건 목록을 엑셀(.xlsx)로 저장합니다.</source>
        <translation>Save the chosen year&apos;s items as Excel (.xlsx).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>결과 보고서(&amp;R)…</source>
        <translation>&amp;Result report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>고른 안건의 공론화 결과 보고서(PDF)를 저장합니다.</source>
        <translation>Save the chosen item&apos;s deliberation result report (PDF).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>안건</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+32"/>
        <source>출처</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>시작·접수일</source>
        <translation>Opened/received</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+47"/>
        <source>공감 수</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>설명 기한</source>
        <translation>Explanation due</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+71"/>
        <source>설명일</source>
        <translation>Explained on</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>실시 여부</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>의결 번호, 문서 번호 등</source>
        <translation>Resolution no., document no., …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>갈등사례 회부: 사업코드</source>
        <translation>Case referral: project code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>대응계획에 공론화를 적은 사례 중 아직 회부하지 않은 것: 고르면 새 안건 칸을 채웁니다.</source>
        <translation>Cases whose response plan names deliberation and that are not referred yet: choosing one fills the form for a new item.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>새 안건(&amp;N)</source>
        <translation>&amp;New item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>안건 저장(&amp;S)</source>
        <translation>&amp;Save item</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+244"/>
        <source>안건 삭제</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>안건명(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>근거</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업코드</source>
        <translation>Project code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사례에서 회부</source>
        <translation>Refer a case</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+47"/>
        <location line="+2"/>
        <source>명</source>
        <translation> people</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>공감 수 기록</source>
        <translation>Record support</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>시민 설명</source>
        <translation>Explanation to citizens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>설명함</source>
        <translation>Explained</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>설명 기록</source>
        <translation>Record explanation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>내용</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>공론화 실시 여부 (공론화위원회)</source>
        <translation>Deliberation decision (deliberation committee)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>미정</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>결정 기록</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>결정</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>의결일</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>심의대상 기준 (새 안건에 적용)</source>
        <translation>Agenda thresholds (for new items)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>일</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기준 저장</source>
        <translation>Save thresholds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>청원 기준 공감 수</source>
        <translation>Petition support threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>청원 기간 (시작일이 1일째)</source>
        <translation>Petition window (opening date is day 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>설명 기준 공감 수</source>
        <translation>Explanation threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>설명 기한 (기간 종료 후)</source>
        <translation>Explanation due (after the window)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+160"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>{y}년</source>
        <translation>{y}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>사례 {0}건</source>
        <translation>{0} cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>회부할 사례 없음</source>
        <translation>No case to refer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>안건 {0}건 · 심의대상 {1}건 · 설명 미이행 {2}건</source>
        <translation>{0} items · {1} on the agenda · {2} explanations owed</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>이 안건의 기준: {days}일 안에 {support:,}명 · 설명 기준 {explain:,}명</source>
        <translation>This item&apos;s thresholds: {support:,} within {days} days · explanation at {explain:,}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>해당 없음</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&apos;{0}&apos; 안건과 공감 수 기록을 삭제할까요?</source>
        <translation>Delete the item &apos;{0}&apos; and its support counts?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>기준을 저장했습니다.</source>
        <translation>Thresholds saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>공론화안건_{0}.xlsx</source>
        <translation>deliberation_items_{0}.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>안건 목록 저장</source>
        <translation>Save item list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>엑셀 (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>안건 {0}건을 저장했습니다: {1}</source>
        <translation>Saved {0} items: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>결과 보고서</source>
        <translation>Result report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>안건을 고르세요.</source>
        <translation>Choose an item.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>한/글 (*.hwpx)</source>
        <translation>Hangul (*.hwpx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>결과 보고서 저장</source>
        <translation>Save result report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>공론화결과보고서_{0}.pdf</source>
        <translation>deliberation_report_{0}.pdf</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>결과 보고서를 저장했습니다: {0}</source>
        <translation>Saved the result report: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>청원 가져오기</source>
        <translation>Import petitions</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>엑셀·CSV (*.xlsx *.csv)</source>
        <translation>Excel/CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>행 {row}, {column}: {message}</source>
        <translation>Row {row}, {column}: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>행 {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
… 외 {0}건</source>
        <translation>
… and {0} more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>가져오지 않았습니다</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}에 문제가 {0}건 있어 아무것도 가져오지 않았습니다.

{lines}{more}</source>
        <translation>{file} has {0} problem(s); nothing was imported.

{lines}{more}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>추가 {added}건, 갱신 {updated}건 (공감 수 {counts}건)을 가져왔습니다.</source>
        <translation>Imported: {added} added, {updated} updated ({counts} support counts).</translation>
    </message>
</context>
<context>
    <name>AllowancesTab</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/mediation_allowances.py" line="+102"/>
        <source>예산 저장</source>
        <translation>Save budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산·분기별 계획</source>
        <translation>Budget &amp; quarterly plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>연간 예산</source>
        <translation>Annual budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}분기 계획</source>
        <translation>Q{0} plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>분기</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>계획</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>집행</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>잔액</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>누적 계획</source>
        <translation>Cumulative plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>누적 집행</source>
        <translation>Cumulative paid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>누적 잔액</source>
        <translation>Cumulative remaining</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>지급일</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+12"/>
        <source>전문가</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+5"/>
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>목적</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>사업코드</source>
        <translation>Project code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>선택한 지급 삭제</source>
        <translation>Delete selected payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>수당 지급 기록</source>
        <translation>Allowance payments</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>지급 기록(&amp;P)</source>
        <translation>Record &amp;payment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>사업</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>그래도 지급을 기록할까요?</source>
        <translation>Record the payment anyway?</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>(사업 없음)</source>
        <translation>(no project)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (기본값)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>예산 {0}{source} · 집행 {1} ({execution_rate:.0%}) · 잔액 {2}   (막대: 연한 색 = 분기 계획, 진한 색 = 집행, 빨강 = 계획 초과)</source>
        <translation>Budget {0}{source} · paid {1} ({execution_rate:.0%}) · remaining {2}   (bars: light = quarterly plan, dark = paid, red = over plan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{quarter}분기</source>
        <translation>Q{quarter}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}년 계획으로 {1}년 예산 만들기</source>
        <translation>Create the {1} budget from the {0} plan</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>전문가를 선택하세요.</source>
        <translation>Choose an expert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>수당 예산 초과</source>
        <translation>Allowance budget exceeded</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>지급일 {0}은(는) 화면의 {1}년이 아닌 {2}년 예산에 잡힙니다.</source>
        <translation>Payment date {0} is booked in the {2} budget, not in {1} shown on screen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>지급일 {0}은(는) 이미 지난 {1}년 {2}분기에 잡힙니다.</source>
        <translation>Payment date {0} falls in Q{2} {1}, a quarter already over.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>지급일 확인</source>
        <translation>Check the payment date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>

이 날짜로 기록할까요?</source>
        <translation>

Record it with this date?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>지급 기록 삭제</source>
        <translation>Delete payment record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>선택한 지급 기록을 삭제할까요?</source>
        <translation>Delete the selected payment record?</translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/card_analysis.py" line="+50"/>
        <source>갈등영향분석 편집</source>
        <translation>Edit conflict impact analysis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>새 갈등영향분석</source>
        <translation>New conflict impact analysis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(전문가 풀 밖: 분석 기관)</source>
        <translation>(outside the pool: analysing firm)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>예: ○○갈등연구소</source>
        <translation>e.g. ○○ Conflict Institute</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>권고 없음</source>
        <translation>No recommendation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{g}등급</source>
        <translation>Grade {g}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>보고서 파일 경로 또는 문서번호</source>
        <translation>Report file path or document number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>의뢰일(&amp;D)</source>
        <translation>Commissioned &amp;on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>분석자 (전문가 풀)</source>
        <translation>Analyst (expert pool)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>분석 기관</source>
        <translation>Analysing firm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>비용 (용역 예산에 집행)</source>
        <translation>Cost (booked on the services line)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>분석 범위</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>주요 결과</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고 등급</source>
        <translation>Recommended grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고 전략</source>
        <translation>Recommended strategy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>보고서</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>용역 예산 초과</source>
        <translation>Services budget exceeded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>그래도 저장할까요?</source>
        <translation>Save anyway?</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <location line="+15"/>
        <source>의뢰일</source>
        <translation>Commissioned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>분석자</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>비용</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>권고 등급</source>
        <translation>Recommended grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고 전략</source>
        <translation>Recommended strategy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>보고서</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>분석 추가(&amp;A)…</source>
        <translation>&amp;Add analysis…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>편집…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>분석은 바로 저장되며 비용은 예산의 용역 항목에 집행됩니다. 권고 등급은 갈등진단표에서 확정 등급의 사유로 쓸 수 있습니다.</source>
        <translation>An analysis is saved at once and its cost is booked on the budget&apos;s services line. Its recommended grade can be cited as the reason for a confirmed grade in the diagnosis form.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{g}등급</source>
        <translation>Grade {g}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>분석 범위: {scope}
주요 결과: {findings}</source>
        <translation>Scope: {scope}
Findings: {findings}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>갈등영향분석 삭제</source>
        <translation>Delete conflict impact analysis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>선택한 분석을 삭제할까요? 용역 예산 집행도 함께 지워집니다.</source>
        <translation>Delete the selected analysis? Its spending on the services line is deleted with it.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/mediation_assign.py" line="+34"/>
        <source>전문가 배정</source>
        <translation>Assign expert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>종료일 지정</source>
        <translation>Set end date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>전문가(&amp;E)</source>
        <translation>&amp;Expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>역할(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시작일</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종료일</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>메모</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <location line="+25"/>
        <source>전문가 배정(&amp;N)…</source>
        <translation>&amp;Assign expert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>배정 종료(&amp;T)</source>
        <translation>End assignmen&amp;t</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>사업</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>전문가</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>역할</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>시작일</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>종료일</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>메모</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>활동</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>종료/예정</source>
        <translation>Ended/upcoming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>배정 {0}건, 현재 활동 {active}건</source>
        <translation>{0} assignments, {active} active now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업을 선택하세요.</source>
        <translation>Choose a project.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>이해충돌 가능성</source>
        <translation>Possible conflict of interest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>

그래도 배정할까요?</source>
        <translation>

Assign anyway?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>배정 종료</source>
        <translation>End assignment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>선택한 배정을 오늘({0})로 종료할까요?</source>
        <translation>End the selected assignment today ({0})?</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/audit_dialog.py" line="+122"/>
        <source>감사 기록</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>(전체)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>사용자 이름 일부</source>
        <translation>Part of a user name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>조회(&amp;Q)</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>대상</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>동작</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사용자</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV로 내보내기(&amp;E)…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0:,}건 (최신 순)</source>
        <translation>{0:,} entries (newest first)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>감사기록_{0}</source>
        <translation>audit_log_{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>감사 기록 내보내기</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>내보내기</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count:,}건을 저장했습니다.
{path}</source>
        <translation>Saved {count:,} entries.
{path}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="-149"/>
        <source>추가</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>수정</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>개인정보 열람</source>
        <translation>Personal data viewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>내보내기</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>백업</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데모 데이터 생성</source>
        <translation>Demo data created</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>전체 삭제</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>사업</source>
        <extracomment>What each audited record is, in words (the stored names are the program&apos;s internal class names).</extracomment>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>갈등진단</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단 차수</source>
        <translation>Diagnosis round</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등관리카드</source>
        <translation>Conflict card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>갈등단계 변경</source>
        <translation>Stage change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>주요 쟁점</source>
        <translation>Main issue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>이해관계자</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등 신호</source>
        <translation>Conflict signal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>조치실적</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>차수 스냅숏</source>
        <translation>Round snapshot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>대응계획</source>
        <translation>Response plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>조치항목</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>갈등조정전문가</source>
        <translation>Mediation expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전문가 배정</source>
        <translation>Expert assignment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>수당 예산</source>
        <translation>Allowance budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>수당 지급</source>
        <translation>Allowance payment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>갈등조정협의회</source>
        <translation>Mediation council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>협의회 위원</source>
        <translation>Council member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>협의회 회의</source>
        <translation>Council meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>합의사항</source>
        <translation>Agreement item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>정기점검</source>
        <translation>Half-yearly review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>점검 이행 기록</source>
        <translation>Review follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추가 휴일</source>
        <translation>Extra holiday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>교육</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 후보</source>
        <translation>Deliberation candidate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>감사 기록</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 안건</source>
        <translation>Deliberation item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>청원 공감 수</source>
        <translation>Petition support count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시민참여단</source>
        <translation>Citizens&apos; panel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>참여단 신청자</source>
        <translation>Panel applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데이터 파일</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>부서별 작성 파일</source>
        <translation>Department workbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등영향분석</source>
        <translation>Conflict impact analysis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사전 갈등검토목록</source>
        <translation>Pre-review checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교육 참석</source>
        <translation>Training attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산 항목 계획</source>
        <translation>Budget line plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>예산 집행</source>
        <translation>Budget spending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 추진</source>
        <translation>Deliberation process</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 행사</source>
        <translation>Deliberation event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 예산 집행</source>
        <translation>Deliberation spending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 권고</source>
        <translation>Deliberation recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화위원회 위원</source>
        <translation>Deliberation committee member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화위원회 회의</source>
        <translation>Deliberation committee meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화위원회 출석</source>
        <translation>Deliberation committee attendance</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/mediation_council.py" line="+45"/>
        <source>종료 예정일 지정</source>
        <translation>Set planned end date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>기본규칙·일정 저장(&amp;S)</source>
        <translation>&amp;Save rules &amp; schedule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>협의회 이름</source>
        <translation>Council name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>구성일</source>
        <translation>Formed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종료 예정일</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>합의 일정</source>
        <translation>Agreement schedule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>기본규칙 · {label}</source>
        <translation>Basic rule · {label}</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/programme_budget.py" line="+45"/>
        <location line="+29"/>
        <location line="+16"/>
        <source>항목</source>
        <extracomment>Row id of the 합계 row in the line table.</extracomment>
        <translation>Line</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+16"/>
        <source>연간 계획</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>집행</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>잔액</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1분기 집행/계획</source>
        <translation>Q1 spent/plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2분기 집행/계획</source>
        <translation>Q2 spent/plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3분기 집행/계획</source>
        <translation>Q3 spent/plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4분기 집행/계획</source>
        <translation>Q4 spent/plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>항목별 계획</source>
        <translation>Plan of a line</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>계획 저장(&amp;S)</source>
        <translation>&amp;Save plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>항목(&amp;L)</source>
        <translation>&amp;Line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}분기 계획</source>
        <translation>Q{0} plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>집행 기록 (용역·기타 등)</source>
        <translation>Record spending (services, other…)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>집행 기록(&amp;B)</source>
        <translation>&amp;Book spending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>집행일</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>내용</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>수당은 조정·협의회 → 수당에서, 교육비는 교육 탭에서 기록하면 이 예산에 집행됩니다.</source>
        <translation>Allowances recorded in Mediation → Allowances and training costs recorded in the Training tab are booked on this budget.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>예산 항목 (설정)</source>
        <translation>Budget lines (setting)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>쉼표로 구분합니다. 수당과 교육은 뺄 수 없습니다.</source>
        <translation>Separated by commas. Allowances and Training cannot be removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>항목 저장</source>
        <translation>Save lines</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>일자</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>구분</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>선택한 집행 삭제</source>
        <translation>Delete selected spending</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>그래도 집행을 기록할까요?</source>
        <translation>Record the spending anyway?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>수당 지급은 조정·협의회 → 수당에서, 교육비는 교육 탭에서, 갈등영향분석 비용은 갈등관리카드의 갈등영향분석 탭에서 고치거나 지웁니다.</source>
        <translation>Allowance payments are changed or deleted in Mediation → Allowances, training costs in the Training tab, and impact analysis costs in the conflict card&apos;s Impact analysis tab.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>예산 {0} · 집행 {1} ({rate:.0%}) · 잔액 {2}</source>
        <translation>Budget {0} · spent {1} ({rate:.0%}) · remaining {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>합계</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>수당</source>
        <translation>Allowances</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>교육</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>갈등영향분석</source>
        <translation>Conflict impact analysis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>기타</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>용역</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>예산 초과</source>
        <translation>Over budget</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>집행 삭제</source>
        <translation>Delete spending</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>선택한 집행 기록을 삭제할까요?</source>
        <translation>Delete the selected spending record?</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../conflictdesk/ui/calendar_view.py" line="+122"/>
        <source>정기점검</source>
        <translation>Half-yearly review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>협의회</source>
        <translation>Council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대응계획</source>
        <translation>Response plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>합의사항</source>
        <translation>Agreement item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 권고</source>
        <translation>Deliberation recommendation</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{day} 일정 {0}건</source>
        <translation>{day}: {0} event(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (오늘)</source>
        <translation> (today)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · 완료</source>
        <translation> · done</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../conflictdesk/ui/card_editor.py" line="+55"/>
        <source>개요</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>갈등단계</source>
        <translation>Conflict stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>주요쟁점</source>
        <translation>Main issues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이해관계자</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>신호</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>조치실적</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대응계획</source>
        <translation>Response plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>갈등영향분석</source>
        <translation>Conflict impact analysis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>변경 이력</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{grade}등급</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>등급 없음</source>
        <translation>No grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · &lt;span style=&apos;color:#666&apos;&gt;종결&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#666&apos;&gt;closed&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · &lt;span style=&apos;color:#b26a00&apos;&gt;&lt;b&gt;결정 대기&lt;/b&gt; (이월 판단 전)&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#b26a00&apos;&gt;&lt;b&gt;decision pending&lt;/b&gt; (carried, not yet decided)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>중점관리(1·2등급) 사업에 필요한 항목이 빠졌습니다</source>
        <translation>Items required for priority (grade 1–2) projects are missing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>아직 채우지 않은 항목</source>
        <translation>Items not filled in yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ 필수 항목(주요쟁점·갈등단계·향후 전망·대응계획 조치항목)이 모두 작성되었습니다.</source>
        <translation>✔ All required items (main issues, conflict stage, outlook, response plan actions) are filled in.</translation>
    </message>
</context>
<context>
    <name>CardsPanel</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/cards.py" line="+78"/>
        <source>사업명·코드·부서 검색</source>
        <translation>Search project name, code or department</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+122"/>
        <source>1·2등급으로 확정된 사업이 여기에 나옵니다. 사업·진단에서 등급을 확정하세요.</source>
        <translation>Projects confirmed at grade 1 or 2 appear here. Confirm grades under Projects &amp; diagnosis.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>저장 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <source>되돌리기</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>다시 실행</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+230"/>
        <source>카드 종결…</source>
        <translation>Close card…</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>종결일과 사유를 적어 카드를 종결하거나, 종결된 카드를 다시 엽니다.</source>
        <translation>Close the card with a date and reason, or reopen a closed card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>차수 스냅숏 저장</source>
        <translation>Save round snapshot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>카드의 현재 등급·단계·쟁점·전망을 선택한 차수의 이력으로 저장합니다.</source>
        <translation>Save the card&apos;s current grade, stage, issues and outlook as the history of the selected round.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>왼쪽에서 카드를 고르세요.</source>
        <translation>Choose a card on the left.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>갈등관리카드 만들기</source>
        <translation>Create conflict card</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{grade}등급</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>등급 없음</source>
        <translation>No grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>카드 없음</source>
        <translation>No card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>단계 미정</source>
        <translation>Stage not set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · 종결</source>
        <translation> · closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code}
미비: {0}</source>
        <translation>{code}
Missing: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>검색어에 맞는 카드가 없습니다.</source>
        <translation>No card matches the search.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} / {0}건 · 중점관리 {key}건</source>
        <translation>{shown} / {0} · priority {key}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&apos;{name}&apos;에는 아직 갈등관리카드가 없습니다.</source>
        <translation>&apos;{name}&apos; has no conflict card yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>버전 {version} 열림</source>
        <translation>Version {version} opened</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>저장하지 않은 변경 있음</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>버전 {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>최신 내용(버전 {version})을 다시 불러왔습니다.</source>
        <translation>Reloaded the latest content (version {version}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>종결 취소…</source>
        <translation>Reopen card…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>저장했습니다 (버전 {version}).</source>
        <translation>Saved (version {version}).</translation>
    </message>
</context>
<context>
    <name>CarriedCasesView</name>
    <message>
        <location filename="../../conflictdesk/ui/carried_cases.py" line="+110"/>
        <source>사업코드</source>
        <translation>Project code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>사업명</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>담당부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>이전 차수</source>
        <translation>From round</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>이전 등급</source>
        <translation>From grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>판단</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>현재 등급</source>
        <translation>Grade now</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>판단 기록…(&amp;J)</source>
        <translation>Record &amp;decision…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>결정 대기</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>{grade}등급</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;{round_code}&lt;/b&gt; 이월 {total:,}건 · 결정 대기 {pending:,}건 (결정 전까지 이전 등급과 모든 의무가 유지됩니다)</source>
        <translation>&lt;b&gt;{round_code}&lt;/b&gt; carried {total:,} · awaiting decision {pending:,} (until decided, a case keeps its previous grade and every duty)</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/pre_review_dialog.py" line="+59"/>
        <source>사전 갈등검토목록 만들기</source>
        <translation>Make pre-review checklists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>이 사업: {code} {name}</source>
        <translation>This project: {code} {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{department}의 모든 사업 ({count}건, 사업마다 파일 하나)</source>
        <translation>Every project of {department} ({count}, one file each)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>예: 갈등관리팀 032-000-0000</source>
        <translation>e.g. Conflict team 032-000-0000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>폴더 고르기(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>인쇄용 PDF도 저장(&amp;P)</source>
        <translation>Also save a printable &amp;PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>한/글(HWPX) 문서도 저장(&amp;W)</source>
        <translation>Also save a Hangul (HWPX) document (&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>대상</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>제출 기한(&amp;U)</source>
        <translation>D&amp;ue date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>담당관 연락처(&amp;C)</source>
        <translation>Officer&apos;s &amp;contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>저장 폴더(&amp;F)</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>부서는 엑셀 파일의 노란 칸에 답을 적어 돌려보냅니다. 돌아온 파일은 파일 → 부서 작성 파일 가져오기(또는 창에 끌어다 놓기)로 미리 보고 가져옵니다.</source>
        <translation>The department answers in the yellow cells of the Excel file and sends it back. Preview and take in returned files with File → Take in department workbooks (or drop them on the window).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>만들기(&amp;M)</source>
        <translation>&amp;Make</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>사전 갈등검토목록을 저장할 폴더</source>
        <translation>Folder for the pre-review checklists</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>사전 갈등검토목록 {count}개를 만들었습니다: {folder}</source>
        <translation>Made {count} pre-review checklist(s): {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>사전 갈등검토목록 만드는 중</source>
        <translation>Making pre-review checklists</translation>
    </message>
</context>
<context>
    <name>ChecklistStatusDialog</name>
    <message>
        <location line="+20"/>
        <source>사전 갈등검토목록 현황</source>
        <translation>Pre-review checklists: status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>회신을 기다리는 것 (기한 경과 포함)</source>
        <translation>Awaited (including overdue)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>기한 경과</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>회신(문제 있음)</source>
        <translation>Returned with problems</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>회신·반영</source>
        <translation>Returned and taken in</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>보기(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>사업코드</source>
        <translation>Project code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>사업명</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>보낸 날</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회신일</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>사업마다 마지막으로 보낸 검토목록입니다. 두 번 누르거나 Enter를 누르면 사업 목록에서 그 사업을 보여 줍니다.</source>
        <translation>The latest checklist sent for each project. Double-click or press Enter to show the project in the project list.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>기한 경과 ({days}일)</source>
        <translation>Overdue ({days} days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회신 대기</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>보낸 {total:,}건 · 회신 대기 {sent:,} · &lt;span style=&apos;color:{late}&apos;&gt;기한 경과 {overdue:,}&lt;/span&gt; · 문제 {incomplete:,} · 반영 {returned:,}</source>
        <translation>{total:,} sent · awaiting {sent:,} · &lt;span style=&apos;color:{late}&apos;&gt;overdue {overdue:,}&lt;/span&gt; · problems {incomplete:,} · taken in {returned:,}</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../conflictdesk/ui/import_wizard.py" line="+185"/>
        <source>파일 고르기</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서에서 받은 사업 목록(.xlsx 또는 .csv)과 진단할 차수를 고르세요.</source>
        <translation>Choose the project list from the departments (.xlsx or .csv) and the diagnosis round.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>가져올 파일 경로</source>
        <translation>Path of the file to import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>찾아보기(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>파일(&amp;F):</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>진단 차수(&amp;R):</source>
        <translation>Diagnosis &amp;round:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>차수를 고르면 그 차수를 (열려 있지 않으면 새로) 열고 가져온 사업에 진단기준을 적용합니다.</source>
        <translation>Choosing a round opens it (creating it if needed) and applies the screening criteria to the imported projects.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>가져올 사업 목록</source>
        <translation>Project list to import</translation>
    </message>
</context>
<context>
    <name>CloseCardDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/card_actions.py" line="+41"/>
        <source>갈등관리카드 종결</source>
        <translation>Close conflict card</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>예: 주민 합의로 갈등 해소, 사업 철회 (필수)</source>
        <translation>e.g. conflict resolved by residents&apos; agreement, project withdrawn (required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>종결</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{project_name}&lt;/b&gt; ({project_code}) 카드를 종결합니다. 종결한 카드는 목록에 회색으로 표시되며, 필요하면 종결을 취소할 수 있습니다.</source>
        <translation>Closing the card of &lt;b&gt;{project_name}&lt;/b&gt; ({project_code}). Closed cards are shown in grey in the list; the closure can be undone if needed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>종결일(&amp;D)</source>
        <translation>Closure &amp;date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>종결 사유(&amp;R)</source>
        <translation>Closure &amp;reason</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/deliberation_committee.py" line="+597"/>
        <source>위원(&amp;M)</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회의(&amp;T)</source>
        <translation>Mee&amp;tings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>의결(&amp;L)</source>
        <translation>Reso&amp;lutions</translation>
    </message>
</context>
<context>
    <name>CouncilTab</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/mediation_council.py" line="+107"/>
        <source>사업</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>협의회 구성(&amp;F)</source>
        <translation>&amp;Form council</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>구성일</source>
        <translation>Formed on</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>위원</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기본규칙·일정</source>
        <translation>Rules &amp; schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회의</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>결과문</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>합의사항 이행</source>
        <translation>Agreement follow-up</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>이 사업에는 갈등조정협의회가 없습니다. 구성일을 정하고 협의회를 구성하세요.</source>
        <translation>This project has no mediation council. Set a formation date and form the council.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>조정 대상 사업(1·2등급)이 없습니다.</source>
        <translation>No projects for mediation (grade 1–2).</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/dashboard.py" line="+54"/>
        <source>등록 사업</source>
        <extracomment>Charts load this long after the first view, so the tiles show at once (matplotlib takes ~1 s to import).</extracomment>
        <translation>Registered projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단대상</source>
        <translation>Diagnosis targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>중점관리 (1·2등급)</source>
        <translation>Priority (grade 1–2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점검·이행 기한 임박</source>
        <translation>Reviews &amp; actions due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점검·이행 지연</source>
        <translation>Reviews &amp; actions overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서 작성 파일 회신율</source>
        <translation>Department workbook return rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서 작성 파일 기한 지남</source>
        <translation>Department workbooks overdue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>차트를 불러오는 중… (부서 막대를 누르면 사업 목록을 그 부서로 거릅니다)</source>
        <translation>Loading charts… (click a department bar to filter the project list by that department)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{code} 진단 현황</source>
        <translation>{code} diagnosis status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>아직 진단 차수가 없습니다 — 사업 목록을 가져오세요.</source>
        <translation>No diagnosis round yet — import a project list.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>이 차수에는 아직 부서 작성 파일을 보내지 않았습니다 (파일 → 부서별 작성 파일 만들기…).</source>
        <translation>No department workbooks were sent for this round yet (File → Make department workbooks…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> 외</source>
        <translation> and more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서 작성 파일 회신 {returned}/{sent}곳 · 기한이 지났는데 반영되지 않은 부서 {count}곳: {names}</source>
        <translation>Department workbooks returned {returned}/{sent} · {count} departments past the due date and not accepted: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>부서 작성 파일 회신 {returned}/{sent}곳 · 반영 {accepted}곳</source>
        <translation>Department workbooks returned {returned}/{sent} · {accepted} accepted</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{code} 부서별 등급 현황</source>
        <translation>{code} grades by department</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>부서 막대를 누르면 사업·진단 목록을 그 부서로 거릅니다.</source>
        <translation>Click a department bar to filter the project list by that department.</translation>
    </message>
</context>
<context>
    <name>DataGuard</name>
    <message>
        <location filename="../../conflictdesk/ui/data_guard.py" line="+46"/>
        <source>백업(&amp;B)</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>복원(&amp;O)…</source>
        <translation>Rest&amp;ore…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데이터 검사(&amp;K)</source>
        <translation>Chec&amp;k data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>정밀 검사 — 모든 행 읽기(&amp;D)</source>
        <translation>&amp;Deep check — read every row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>감사 기록(&amp;L)…</source>
        <translation>Audit tra&amp;il…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>자동 백업 실패: {exc}</source>
        <translation>Automatic backup failed: {exc}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>자동 백업</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>백업 완료 (검사 통과): {path} · {seconds:.2f}초</source>
        <translation>Backup done (check passed): {path} · {seconds:.2f} s</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>백업</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>PostgreSQL 공유 데이터베이스는 서버에서 pg_dump로 백업하세요.</source>
        <translation>Back up a shared PostgreSQL database on the server with pg_dump.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>백업했습니다 (무결성 검사 통과).
{path}</source>
        <translation>Backed up (integrity check passed).
{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>백업하는 중…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+12"/>
        <source>복원</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>읽기 전용이거나 SQLite 파일이 아니어서 복원할 수 없습니다.</source>
        <translation>Cannot restore: the database is read-only or not an SQLite file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>복원할 백업 파일</source>
        <translation>Backup file to restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ConflictDesk 데이터 (*.sqlite3);;모든 파일 (*)</source>
        <translation>ConflictDesk data (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>현재 데이터를 이 백업으로 바꿉니다.
{path}

현재 파일은 먼저 백업 폴더에 보관합니다. 계속할까요?</source>
        <translation>This replaces the current data with the backup.
{path}

The current file is kept in the backup folder first. Continue?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>복원했습니다.
이전 파일 보관: {kept}</source>
        <translation>Restored.
Previous file kept as: {kept}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>없음</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>복원하는 중…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>데이터 검사</source>
        <translation>Check data</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+19"/>
        <source>문제를 찾았습니다:
{text}</source>
        <translation>Problems found:
{text}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>이상 없음: 무결성 검사, 스키마, 감사 기록 해시 사슬이 모두 정상입니다.</source>
        <translation>No problems: integrity check, schema and audit hash chain are all fine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>데이터를 검사하는 중…</source>
        <translation>Checking data…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>표 {tables}개, {rows}행을 읽었습니다. 감사 기록 {count}건 (마지막 번호 {last}).</source>
        <translation>Read {tables} tables, {rows} rows. Audit trail: {count} entries (last number {last}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite에는 페이지 체크섬이 없어, 읽히는 값으로 바뀐 바이트는 찾을 수 없습니다.</source>
        <translation>SQLite keeps no page checksums: a changed byte that still reads as a valid value cannot be found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>정밀 검사</source>
        <translation>Deep check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이상 없음: 무결성, 감사 기록, 모든 행과 색인이 정상입니다.</source>
        <translation>No problems: integrity, audit trail, every row and every index are fine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>모든 행을 읽는 중…</source>
        <translation>Reading every row…</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../conflictdesk/ui/date_edit.py" line="+46"/>
        <source>달력에서 고르거나 입력하세요: 2027. 1. 15. · 2027.1.15 · 20270115</source>
        <extracomment>Qt&apos;s display format giving ``domain.dates.format_date``&apos;s form.</extracomment>
        <translation>Pick from the calendar or type: 2027-01-15 · 2027.1.15 · 20270115</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/carried_cases.py" line="-112"/>
        <source>이월 판단 — {code}</source>
        <translation>Carry-over decision — {code}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{grade}등급</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>판단 사유 (필수, 감사 기록에 남습니다)</source>
        <translation>Reason (required, kept in the audit trail)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} · {department}
{from_round} {from_grade}등급에서 이월</source>
        <translation>{name} · {department}
Carried from {from_round}, grade {from_grade}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>판단(&amp;D)</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>등급(&amp;G)</source>
        <translation>&amp;Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사유(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/deliberation_committee.py" line="-168"/>
        <source>안건(&amp;I)</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>공론화 실시 여부</source>
        <translation>Whether to deliberate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>실시 여부 의결 기록</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>결정</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>의결 회의</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>추진위원회 구성</source>
        <translation>Steering committee formed</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>추진위원회 구성 기록</source>
        <translation>Record the steering committee</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>내용</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>최종 권고안 채택</source>
        <translation>Final recommendation adopted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>권고안 채택 기록</source>
        <translation>Record the adoption</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>정족수(재직 위원 과반 출석)를 채운 회의에서만 의결할 수 있습니다.</source>
        <translation>Only a meeting with quorum (a majority of the members in office present) can decide.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(회의 없이 — 해제)</source>
        <translation>(no meeting — clear)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(회의 지정 없음)</source>
        <translation>(no meeting chosen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>정족수 충족</source>
        <translation>quorum met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>정족수 미달</source>
        <translation>no quorum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>실시 여부: {0}</source>
        <translation>Decision: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{decision} ({day})</source>
        <translation>{decision} ({day})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>결정 전</source>
        <translation>not decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추진위원회: {0}</source>
        <translation>Steering committee: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>구성 전</source>
        <translation>not formed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고안: {0}</source>
        <translation>Recommendation: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>채택 전</source>
        <translation>not adopted</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>실시 여부</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>의결한 회의를 고르세요. 회의 없이 기록하려면 심의대상 안건 탭의 결정 칸을 쓰세요.</source>
        <translation>Choose the meeting that decided. To record a decision without a meeting, use the decision box of the Agenda items tab.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>회의를 고르지 않았습니다. 추진위원회 구성 기록을 지울까요?</source>
        <translation>No meeting chosen. Clear the steering committee record?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>권고안 채택</source>
        <translation>Recommendation adopted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회의를 고르지 않았습니다. 권고안 채택 기록을 지울까요?</source>
        <translation>No meeting chosen. Clear the adoption record?</translation>
    </message>
</context>
<context>
    <name>DeliberationPanel</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/deliberation.py" line="+14"/>
        <source>심의대상 안건(&amp;A)</source>
        <translation>&amp;Agenda items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>시민참여단 추첨(&amp;P)</source>
        <translation>Citizens&apos; &amp;panel draw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>위원회(&amp;C)</source>
        <translation>&amp;Committee</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>공론화 추진(&amp;J)</source>
        <translation>Process &amp;management</translation>
    </message>
</context>
<context>
    <name>DiagnosisFormWidget</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/diagnosis_form.py" line="+82"/>
        <location line="+231"/>
        <source>사업을 선택하세요</source>
        <extracomment>Korean date notation (2020. 08. 03.) for the grade dates.</extracomment>
        <translation>Choose a project</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>이월 판단</source>
        <translation>Carry-over decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>판단 전</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>이월 판단 저장</source>
        <translation>Save carry-over decision</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>사전검토 (부서 답)</source>
        <translation>Pre-review (department&apos;s answers)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>부서 답을 진단표에 채우기(&amp;P)</source>
        <translation>Fill in the department&apos;s answers (&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>사전검토의 해결 주체와 위험 진단표 점수를 이 진단표에 채웁니다. 저장해야 반영됩니다.</source>
        <translation>Puts the pre-review&apos;s owner level and risk scores into this checklist. Nothing is stored until you save.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>해결 주체 (누가 대응해야 하는가)</source>
        <translation>Owner of the response (who must act)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} → {value}등급</source>
        <translation>{label} → grade {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>위험 진단표 (0 없음 ~ 3 높음, 가중치)</source>
        <translation>Risk checklist (0 none – 3 high, weight)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>등급</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>미정</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{g}등급</source>
        <translation>Grade {g}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} 등급을 정한 날</source>
        <translation>Date the {label} grade was set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} 등급 날짜</source>
        <translation>{label} grade date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>확정 등급이 제안 등급과 다릅니다. 사유(필수):</source>
        <translation>The confirmed grade differs from the suggested grade. Reason (required):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>예: 집회 장기화로 시 차원 결정 필요</source>
        <translation>e.g. prolonged protests need a city-level decision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>분석 권고를 사유로(&amp;R)</source>
        <translation>Cite the analysis as &amp;reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>최근 갈등영향분석의 권고를 확정 등급의 사유로 적습니다.</source>
        <translation>Writes the latest conflict impact analysis&apos;s recommendation as the reason for the confirmed grade.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>저장 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>경보 신호</source>
        <translation>Alert signals</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>제안 등급</source>
        <translation>Suggested grade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>진단 저장</source>
        <translation>Save diagnosis</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>사전검토 답을 채웠습니다. 확인하고 저장하세요.</source>
        <translation>Pre-review answers filled in. Check them and save.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:{late}&apos;&gt;검토목록이 {returned}에 돌아왔으나 문제가 있어 반영하지 않았습니다 ({department}). 고친 파일을 다시 받으세요.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{late}&apos;&gt;The checklist came back on {returned} with problems and was not taken in ({department}). Ask for a corrected file.&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{late}&apos;&gt;&lt;b&gt;검토목록 기한 경과&lt;/b&gt;: {department}에 {sent} 보냄, 기한 {due} ({days}일 지남)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{late}&apos;&gt;&lt;b&gt;Checklist overdue&lt;/b&gt;: sent to {department} on {sent}, due {due} ({days} days late)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>검토목록 회신 대기: {department}에 {sent} 보냄, 기한 {due}</source>
        <translation>Checklist awaited: sent to {department} on {sent}, due {due}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{department} · {accepted} 반영</source>
        <translation>{department} · taken in {accepted}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · 작성 {writer}</source>
        <translation> · written by {writer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>미답</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>해결 주체: {owner} · 점수 {total}/{maximum} → 제안 &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>Owner: {owner} · score {total}/{maximum} → suggests &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>부서 자체진단: {grade}등급</source>
        <translation>Department&apos;s self-assessment: grade {grade}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>해당</source>
        <translation>applies</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>비해당</source>
        <translation>does not apply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;{label}: 부서 답 {said}, 등록 정보 {register}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;{label}: department says it {said}, the register says it {register}&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>의견: {opinion}</source>
        <translation>Opinion: {opinion}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{project_code} {project_name}
{department} · {round_code} 차수</source>
        <translation>{project_code} {project_name}
{department} · round {round_code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · 진단대상 아님</source>
        <translation> · not a diagnosis target</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>해당 진단기준&lt;ul style=&apos;margin:0&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>Screening criteria met&lt;ul style=&apos;margin:0&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>해당 진단기준 없음</source>
        <translation>No screening criteria met</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>차수 중 추가 대상</source>
        <translation>Added during the round</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ({replaces_code} 대체)</source>
        <translation> (replaces {replaces_code})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>이전 차수에서 이월된 사업입니다.</source>
        <translation>Carried over from the previous round.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>최근 분석: {0}</source>
        <translation>Latest analysis: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;{label}&lt;/b&gt;&lt;/span&gt; (충족 신호 {1}개)</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;{label}&lt;/b&gt;&lt;/span&gt; ({1} signal(s) met)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>버전 {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>아직 저장되지 않은 진단</source>
        <translation>Diagnosis not saved yet</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>저장하지 않은 변경 있음</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>해결 주체 또는 진단표를 입력하면 등급을 제안합니다.</source>
        <translation>Enter the owner of the response or the checklist to get a suggested grade.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>확정 등급이 제안 등급과 다릅니다. 사유를 입력하세요.</source>
        <translation>The confirmed grade differs from the suggested grade. Enter a reason.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>확인이 필요합니다</source>
        <translation>Please check</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✓ 저장했습니다 · {time}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✓ Saved · {time}&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>이월 판단 사유</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>판단 사유 (필수):</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>저장하지 않은 변경</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{project_code} 진단의 변경 내용을 저장할까요?</source>
        <translation>Save the changes to the diagnosis of {project_code}?</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../conflictdesk/ui/domain_strings.py" line="+75"/>
        <source>정상</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예비경보</source>
        <translation>Early warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등경보</source>
        <translation>Conflict alert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>계속</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>하향</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>해소·제외</source>
        <translation>Resolved / excluded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>재선정</source>
        <translation>Reselected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>잠재</source>
        <translation>Latent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>표출</source>
        <translation>Surfaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>확산·심화</source>
        <translation>Spreading / deepening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교착</source>
        <translation>Deadlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>완화</source>
        <translation>Easing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>해소</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사후관리</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이익</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>가치</source>
        <translation>Values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사실관계</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>구조</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>관계</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>님비</source>
        <translation>NIMBY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>핌피</source>
        <translation>PIMFY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>민–관</source>
        <translation>Citizens–government</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>관–관</source>
        <translation>Government–government</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>민–민</source>
        <translation>Citizens–citizens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교통영향평가 협의 대상</source>
        <translation>Subject to traffic impact assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>환경영향평가 협의 대상</source>
        <translation>Subject to environmental impact assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부시장 이상 전결</source>
        <translation>Approved by vice mayor or above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>40억원 이상 예산</source>
        <translation>Budget of 4 billion won or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>중기재정계획 사업</source>
        <translation>Mid-term fiscal plan project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>재산권·환경권 규제 자치법규 제·개정</source>
        <translation>Ordinance restricting property or environmental rights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등 표출·진행</source>
        <translation>Conflict surfaced or ongoing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1 지원</source>
        <translation>One-to-one support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자문</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>조정</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등영향분석</source>
        <translation>Conflict impact analysis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1등급</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2등급</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3등급</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자체진단</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>확정</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사실</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이해</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예정</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진행</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>완료</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위원장</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>당사자 대표</source>
        <translation>Party representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전문가</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공무원</source>
        <translation>Official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기타</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시 차원 결정 필요</source>
        <translation>City-level decision needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서 간 협업 필요</source>
        <translation>Cross-department work needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>소관부서 자체 해결</source>
        <translation>Department can handle it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>개인</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>단체·기관</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>계획수립</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산편성</source>
        <translation>Budgeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>설계</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>인허가·영향평가</source>
        <translation>Permits and impact assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>보상</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>착공·시행</source>
        <translation>Construction / implementation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>준공·운영</source>
        <translation>Completion / operation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>협의결과문</source>
        <translation>Consultation outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>합의서</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지연</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>민원</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>집단민원</source>
        <translation>Group complaints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>집회·시위</source>
        <translation>Rallies and protests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>언론보도</source>
        <translation>Press coverage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>소송</source>
        <translation>Lawsuits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>청원</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>주민</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>토지주</source>
        <translation>Landowners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>상인</source>
        <translation>Merchants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시민단체</source>
        <translation>Civic groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>의회</source>
        <translation>Council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>타기관</source>
        <translation>Other agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>언론</source>
        <translation>Press</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1주일 내 민원 5건 이상</source>
        <translation>5+ complaints within a week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5인 이상 집단민원</source>
        <translation>Group complaint by 5+ people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2주 이상 지속 민원 5건 이상</source>
        <translation>5+ complaints lasting 2+ weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3일 이상 집회·시위</source>
        <translation>Rallies or protests for 3+ days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>월 20명 이상 민원인</source>
        <translation>20+ complainants in a month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>언론 보도</source>
        <translation>Press coverage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>해당 월 마지막 근무일</source>
        <translation>Last working day of the month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>해당 월 지정일 (휴일이면 직전 근무일)</source>
        <translation>Fixed day of the month (previous working day if a holiday)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시 전문가 교육</source>
        <translation>City expert course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>군·구 순회 교육</source>
        <translation>District tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서 맞춤 교육</source>
        <translation>Department course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>실시</source>
        <translation>Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>미실시</source>
        <translation>No go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시민청원</source>
        <translation>Citizens&apos; petition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시의회 청원 의결</source>
        <translation>Council petition resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시장 요구</source>
        <translation>Mayor&apos;s request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등사례 회부</source>
        <translation>Referral from a case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>심의대상</source>
        <translation>On the agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공감 진행 중</source>
        <translation>Collecting support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시민 설명 대상</source>
        <translation>Explanation owed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기준 미달</source>
        <translation>Below thresholds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>당연직</source>
        <translation>Ex officio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위촉</source>
        <translation>Appointed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 실시 여부</source>
        <translation>Whether to deliberate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추진위원회 구성</source>
        <translation>Steering committee formed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고안 채택</source>
        <translation>Recommendation adopted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등관리전문가</source>
        <translation>Conflict management expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시의원</source>
        <translation>City councillor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>수용</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>일부 수용</source>
        <translation>Partly accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>불수용</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시민인식조사</source>
        <translation>Citizen awareness survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시민참여단 구성</source>
        <translation>Citizens&apos; panel formed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>참여단 교육</source>
        <translation>Panel education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권역별 공론장</source>
        <translation>Regional forum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>미래세대 공론장</source>
        <translation>Future-generation forum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시민공론장</source>
        <translation>Citizens&apos; forum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>정책 권고안</source>
        <translation>Policy recommendations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>원인</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시설</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>주민설명회</source>
        <translation>Residents&apos; briefing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>숙의경청회</source>
        <translation>Deliberative hearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전문가 자문</source>
        <translation>Expert advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화</source>
        <translation>Public deliberation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등조정협의회</source>
        <translation>Conflict mediation council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>없음</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>낮음</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>보통</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>높음</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>목적</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>공론화 권고</source>
        <translation>Deliberation recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서 작성 파일 회신</source>
        <translation>Department workbook return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사전 갈등검토목록 회신</source>
        <translation>Pre-review checklist reply</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>중구</source>
        <translation>Jung-gu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>동구</source>
        <translation>Dong-gu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>미추홀구</source>
        <translation>Michuhol-gu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연수구</source>
        <translation>Yeonsu-gu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>남동구</source>
        <translation>Namdong-gu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부평구</source>
        <translation>Bupyeong-gu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>계양구</source>
        <translation>Gyeyang-gu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서구</source>
        <translation>Seo-gu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>강화군</source>
        <translation>Ganghwa-gun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>옹진군</source>
        <translation>Ongjin-gun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>중부권</source>
        <translation>Central region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>남부권</source>
        <translation>Southern region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>북부권</source>
        <translation>Northern region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서부권</source>
        <translation>Western region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>강화·옹진권</source>
        <translation>Ganghwa·Ongjin region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>반영일</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>조치일</source>
        <translation>Action date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사용 여부</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>차수 중 추가</source>
        <translation>Added mid-round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>소속</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>경보 수준</source>
        <translation>Alert level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추첨 방식</source>
        <translation>Draw algorithm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>금액(원)</source>
        <translation>Amount (won)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>분석자(전문가)</source>
        <translation>Analyst (expert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>분석 기관</source>
        <translation>Analysing firm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연간 예산(원)</source>
        <translation>Annual budget (won)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시 답변</source>
        <translation>City&apos;s answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서 답(사전검토)</source>
        <translation>Department answers (pre-review)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>당연직·위촉</source>
        <translation>Ex officio / appointed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기준일</source>
        <translation>As of</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>참석자</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추진 배경</source>
        <translation>Background</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기본 규칙</source>
        <translation>Basic rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>총사업비(원)</source>
        <translation>Total budget (won)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>실·국</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>취소 사유</source>
        <translation>Cancellation reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>취소일</source>
        <translation>Cancelled on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등관리카드</source>
        <translation>Conflict card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이월 여부</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이월 판단</source>
        <translation>Carry-over decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>구분 항목</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>변경일</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단표 설정</source>
        <translation>Checklist settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>마감 시각</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종결일</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종결 사유</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>코드</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>의뢰일</source>
        <translation>Commissioned on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>확정 등급</source>
        <translation>Confirmed grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>확정일</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등 유형</source>
        <translation>Conflict types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등 표출</source>
        <translation>Conflict visible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연락처</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>협조 부서</source>
        <translation>Cooperating departments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>비용(원)</source>
        <translation>Cost (won)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>횟수</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>해당 진단기준</source>
        <translation>Criteria met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>날짜</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>결정일</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>결정</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전결권자</source>
        <translation>Decision authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>실시 여부 의결 회의</source>
        <translation>Meeting of the decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>결정 사유</source>
        <translation>Decision reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>구·군</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>완료일</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추첨 시각</source>
        <translation>Drawn at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>탈락 사유</source>
        <translation>Reason for dropping out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>탈락일</source>
        <translation>Dropped out on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종료일</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>환경영향평가</source>
        <translation>Environmental impact assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등조정전문가</source>
        <translation>Mediation expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>설명 기한(일)</source>
        <translation>Explanation period (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>설명일</source>
        <translation>Explained on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>설명 내용</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>설명 요건(공감 수)</source>
        <translation>Explanation threshold (supporters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대안</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>분야</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점검 결과</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>구성일</source>
        <translation>Formed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이전 단계</source>
        <translation>Previous stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>목표</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>등급</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>등급 의견</source>
        <translation>Grade recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>반기</source>
        <translation>Half</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>개최일</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시간</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>영향력</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>입력 명단 해시</source>
        <translation>Input list hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>강사(전문가)</source>
        <translation>Instructor (expert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>강사</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>관심사</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공개 여부</source>
        <translation>Open to the public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단대상</source>
        <translation>Screening target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>주요 쟁점</source>
        <translation>Main issues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 안건</source>
        <translation>Deliberation item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>논의 안건</source>
        <translation>Items discussed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>설정 항목</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>적법성 검토</source>
        <translation>Legality note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추첨 도구 버전</source>
        <translation>Draw library version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산 항목</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>담당자</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교육 자료</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회의</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위원</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>중기재정계획</source>
        <translation>Mid-term financial plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회의록</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>명단</source>
        <translation>Names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>비고</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>신청 번호</source>
        <translation>Application number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>관찰일</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>개시 시각</source>
        <translation>Opened at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>개시일</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전망</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>등급 변경 사유</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>담당</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>해결 주체</source>
        <translation>Resolution owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지급일</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시민참여단</source>
        <translation>Citizen panel</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>참석 인원</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>개인·단체</source>
        <translation>Person or organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업 단계</source>
        <translation>Project phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>장소</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>조치항목</source>
        <translation>Plan item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예정일</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>순서</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>선정 확률</source>
        <translation>Selection probability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 추진</source>
        <translation>Deliberation process</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이행 내용</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추진위원회 의결 회의</source>
        <translation>Meeting of the steering committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추진위원회 구성 내용</source>
        <translation>Steering committee note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추진위원회 구성일</source>
        <translation>Steering committee formed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>제안일</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>용도</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1분기(원)</source>
        <translation>Q1 (won)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2분기(원)</source>
        <translation>Q2 (won)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3분기(원)</source>
        <translation>Q3 (won)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4분기(원)</source>
        <translation>Q4 (won)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>할당 기준</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고안 의결 회의</source>
        <translation>Meeting of the recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고안 내용</source>
        <translation>Recommendation note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고안 채택일</source>
        <translation>Recommendation adopted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고 등급</source>
        <translation>Recommended grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고일</source>
        <translation>Recommended on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고 전략</source>
        <translation>Recommended strategy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>문서 번호</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지역</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권역</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>규제 자치법규 제·개정</source>
        <translation>Regulatory ordinance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대체 추첨 시드</source>
        <translation>Replacement seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대체한 위원</source>
        <translation>Replaced member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대체한 사업</source>
        <translation>Replaces project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>보고서</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대표자</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>조정 결과</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>결과일</source>
        <translation>Result date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>결과 내용</source>
        <translation>Result text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회신 파일</source>
        <translation>Returned file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회신일</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점검 기한</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점검자</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위험 진단표</source>
        <translation>Risk scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위험 요인</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>역할</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>차수</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>차수 규칙</source>
        <translation>Round rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>분석 범위</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>선별 시각</source>
        <translation>Screened at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추첨 시드</source>
        <translation>Draw seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>선정 여부</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자체진단 등급</source>
        <translation>Self-assessed grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자체진단일</source>
        <translation>Self-assessed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>보낸 날</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>일련번호</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교육</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대변 측</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>선발 인원</source>
        <translation>Panel size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사회적 영향</source>
        <translation>Social impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출처</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>집행일</source>
        <translation>Spent on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등단계</source>
        <translation>Conflict stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>단계 시작일</source>
        <translation>Stage since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시작일</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대응 전략</source>
        <translation>Strategies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전략 메모</source>
        <translation>Strategy note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>제안 등급</source>
        <translation>Suggested grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업개요</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 요건(공감 수)</source>
        <translation>Deliberation threshold (supporters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>임기 시작일</source>
        <translation>Term start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>임기 종료일</source>
        <translation>Term end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>내용</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>제목</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>새 단계</source>
        <translation>New stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교통영향평가</source>
        <translation>Traffic impact assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>마스킹 해제</source>
        <translation>Unmasked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>값</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>집계 기간(일)</source>
        <translation>Counting period (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회의명</source>
        <translation>Meeting name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위원 구분</source>
        <translation>Member group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>협의회명</source>
        <translation>Council name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서명</source>
        <translation>Department name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>휴일 이름</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산 연도</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공감 수</source>
        <translation>Supporters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>실시일</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>단계</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>행사명</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이행 상태</source>
        <translation>Implementation status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고 내용</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업코드</source>
        <translation>Project code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업명</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대응 예산(원)</source>
        <translation>Response budget (won)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>입장</source>
        <translation>Stance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>인원</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>당사자</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>의장 선정</source>
        <translation>Choice of chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>일정</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>절차·운영</source>
        <translation>Procedure and operation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>결과문 작성</source>
        <translation>Drafting the outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>비용 분담</source>
        <translation>Cost sharing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등관리카드 미작성·미완성 (주요쟁점·갈등단계·향후전망)</source>
        <translation>Conflict card missing or incomplete (main issues, conflict stage, outlook)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대응계획 미수립 (조치항목 없음)</source>
        <translation>No response plan (no action items)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등조정전문가 미배정</source>
        <translation>No mediation expert assigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등관리카드 미작성·미완성</source>
        <translation>Conflict card missing or incomplete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대응계획 미수립</source>
        <translation>No response plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이해관계자 수·집단 다양성</source>
        <translation>Number and diversity of stakeholders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>조직화된 반대(대책위원회 등)</source>
        <translation>Organised opposition (action committee etc.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>재산권·환경권 등 권리 제한</source>
        <translation>Restriction of property, environmental or other rights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기피시설(님비) 여부</source>
        <translation>Unwanted facility (NIMBY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업 규모(예산)</source>
        <translation>Project size (budget)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>영향을 받는 인구 규모</source>
        <translation>Size of the affected population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>민원 추이(증가세)</source>
        <translation>Complaint trend (rising)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>소송·행정심판·이의신청</source>
        <translation>Lawsuits, administrative appeals, objections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기관 간(관–관) 쟁점</source>
        <translation>Issues between agencies (government–government)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>행정 신뢰 부족·절차 미비</source>
        <translation>Low trust in the administration, weak procedures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>정기점검</source>
        <translation>Half-yearly review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대응계획</source>
        <translation>Response plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>합의사항</source>
        <translation>Agreement item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>협의회</source>
        <translation>Council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>카드·대응계획 작성</source>
        <translation>Card and response plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시각</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사용자</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>동작</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대상</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대상 번호</source>
        <translation>Target no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>항목</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이전 값</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>새 값</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../conflictdesk/ui/error_strings.py" line="+42"/>
        <source>{field}을(를) 입력하세요.</source>
        <translation>Enter the {field}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} 값이 너무 깁니다 (최대 {limit}자): {value}…</source>
        <translation>The {field} is too long (at most {limit} characters): {value}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} 값 &apos;{value}&apos;을(를) 알 수 없습니다.</source>
        <translation>Unknown {field} &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} 날짜가 없습니다.</source>
        <translation>The {field} has no date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>날짜 &apos;{value}&apos;을(를) 알 수 없습니다. 예: 2027. 1. 15. 또는 20270115</source>
        <translation>Cannot read the date &apos;{value}&apos;. For example: 2027-01-15 or 20270115</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos;은(는) 없는 날짜입니다.</source>
        <translation>&apos;{value}&apos; is not a real date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{end_field}({end})이(가) {start_field}({start})보다 빠릅니다.</source>
        <translation>The {end_field} ({end}) is before the {start_field} ({start}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>가져오기를 취소했습니다. 아무것도 저장하지 않았습니다.</source>
        <translation>Import cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 {what}은(는) 다른 곳에서 먼저 수정되었습니다 (열었을 때 버전 {seen}, 현재 {current}). 저장하지 않았습니다. 다시 열어 변경 내용을 확인하세요.</source>
        <translation>This {what} was changed elsewhere first (version {seen} when opened, now {current}). Nothing was saved. Open it again to see the changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 {what}은(는) 화면을 연 뒤 다른 곳에서 먼저 처음 저장되었습니다 (현재 버전 {current}). 저장하지 않았습니다. 다시 열어 변경 내용을 확인하세요.</source>
        <translation>This {what} was first saved elsewhere after you opened it (now version {current}). Nothing was saved. Reopen it to see the changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>같은 {what}을(를) 다른 곳에서 방금 먼저 만들었습니다. 저장하지 않았습니다. 다시 열어 변경 내용을 확인하세요.</source>
        <translation>The same {what} was just created elsewhere. Nothing was saved. Reopen it to see the changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업코드 &apos;{project}&apos;인 사업이 없습니다.</source>
        <translation>There is no project with the code &apos;{project}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단 차수 {round}({label})가 아직 열리지 않았습니다.</source>
        <translation>Round {round} ({label}) has not been opened yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단 차수 {round}는 이미 열려 있습니다.</source>
        <translation>Round {round} is already open.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단 차수 {round}는 오늘({today})부터 1년 넘게 뒤의 차수라 열 수 없습니다. {latest}까지 열 수 있습니다.</source>
        <translation>Round {round} is more than a year after today ({today}) and cannot be opened. Rounds up to {latest} can be opened.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>등급 &apos;{value}&apos;은(는) 1, 2, 3 중 하나여야 합니다.</source>
        <translation>Grade &apos;{value}&apos; must be 1, 2 or 3.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>사업 {project}은(는) {round} 진단대상이 아니어서 등급을 정할 수 없습니다. 먼저 진단대상으로 추가하세요: conflictdesk target add {project} --round {round} --reason …</source>
        <translation>Project {project} is not a target of round {round}, so it cannot be graded. Add it as a target first: conflictdesk target add {project} --round {round} --reason …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이월 판단({decision})에는 사유가 필요합니다.</source>
        <translation>A carry-over decision ({decision}) needs a reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>해소·제외에는 등급을 지정하지 않습니다.</source>
        <translation>A resolved case takes no grade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>계속은 이월된 등급({grade}등급)을 유지합니다. 다른 등급이면 하향 또는 재선정을 고르세요.</source>
        <translation>Continue keeps the carried grade ({grade}). For another grade choose downgrade or reselect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>하향은 이월된 등급({grade}등급)보다 낮은 2 또는 3등급이어야 합니다.</source>
        <translation>A downgrade must be to grade 2 or 3, below the carried grade ({grade}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이월 판단을 기록하려면 사업코드를 주세요: conflictdesk carryover CODE --round R --decision … --reason …</source>
        <translation>To record a decision give the project code: conflictdesk carryover CODE --round R --decision … --reason …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--decision을 주세요: {choices}</source>
        <translation>Give --decision: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단 차수 형식이 올바르지 않습니다: {value}. &apos;YYYY-1&apos;(상반기) 또는 &apos;YYYY-2&apos;(하반기) 형식으로 입력하세요 (예: 2020-1).</source>
        <translation>Invalid round: {value}. Enter &apos;YYYY-1&apos; (first half) or &apos;YYYY-2&apos; (second half), e.g. 2020-1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}은(는) 정수여야 합니다: {value}</source>
        <translation>The {field} must be a whole number: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단 차수의 연도가 범위를 벗어났습니다: {value}</source>
        <translation>The year of the round is out of range: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>반기는 1(상반기) 또는 2(하반기)여야 합니다: {value}</source>
        <translation>The half must be 1 (first half) or 2 (second half): {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>알 수 없는 진단기준 코드 &apos;{value}&apos;입니다.</source>
        <translation>Unknown criterion code &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산 기준 &apos;{value}&apos;은(는) 0 이상의 원 단위 정수여야 합니다.</source>
        <translation>The budget threshold &apos;{value}&apos; must be a whole number of won, 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>알 수 없는 진단기준 &apos;{value}&apos;입니다.</source>
        <translation>Unknown criterion &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단기준 설정의 형식이 올바르지 않습니다.</source>
        <translation>The screening settings are malformed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단기준 설정의 &apos;active&apos;는 코드 목록이어야 합니다.</source>
        <translation>&apos;active&apos; in the screening settings must be a list of codes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단을 취소했습니다. 아무것도 바뀌지 않았습니다.</source>
        <translation>Screening cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} 값 &apos;{value}&apos;은(는) 예/아니오로 해석할 수 없습니다. {help}</source>
        <translation>The {column} value &apos;{value}&apos; is not a yes or a no. {help}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos;은(는) 예/아니오로 해석할 수 없습니다. {help}</source>
        <translation>&apos;{value}&apos; is not a yes or a no. {help}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} 등급의 날짜가 올바르지 않습니다.</source>
        <translation>The date of the {kind} grade is invalid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} 등급의 날짜 {on}이(가) 오늘({today})보다 뒤입니다.</source>
        <translation>The date {on} of the {kind} grade is after today ({today}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>확정 등급 {grade}등급이 제안 등급 {suggested}과 다릅니다. 사유를 입력하세요.</source>
        <translation>The confirmed grade {grade} differs from the suggested {suggested}. Enter a reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>해결 주체 답변 &apos;{value}&apos;이(가) 올바르지 않습니다.</source>
        <translation>Invalid answer on who must resolve it: &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이월 판단 &apos;{value}&apos;은(는) 계속·하향·해소·제외·재선정 중 하나여야 합니다.</source>
        <translation>The carry-over decision &apos;{value}&apos; must be continue, downgrade, resolve or reselect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업 {project}은(는) {round} 차수의 이월 사업이 아닙니다.</source>
        <translation>Project {project} was not carried into round {round}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>차수 중 대상 추가·교체에는 사유가 필요합니다.</source>
        <translation>Adding or swapping a target mid-round needs a reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업 {project}은(는) 이미 {round} 진단대상입니다.</source>
        <translation>Project {project} is already a target of round {round}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>같은 사업으로 교체할 수 없습니다.</source>
        <translation>A project cannot replace itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업 {project}은(는) {round} 진단대상이 아닙니다.</source>
        <translation>Project {project} is not a target of round {round}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>알림 기간은 1–365일이어야 합니다: {value}</source>
        <translation>The reminder period must be 1–365 days: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>카드·대응계획 작성 기한은 확정 후 1–365일이어야 합니다: {value}</source>
        <translation>The card-and-plan deadline must be 1–365 days after confirmation: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{project}&apos; 사업에는 아직 갈등관리카드가 없습니다.</source>
        <translation>Project &apos;{project}&apos; has no conflict card yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{project}&apos; 카드는 종결되지 않았습니다.</source>
        <translation>The card of &apos;{project}&apos; is not closed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종결 사유를 적었으면 종결일도 입력하세요.</source>
        <translation>A closure reason needs a closure date too.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종결 사유를 입력하세요.</source>
        <translation>Enter the reason for closing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종결 취소 사유를 입력하세요.</source>
        <translation>Enter the reason for reopening.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>단계 변경일이 날짜가 아닙니다.</source>
        <translation>The stage change date is not a date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>단계 변경일 {on}이(가) 마지막 변경일 {last}보다 앞섭니다.</source>
        <translation>The stage change date {on} is before the last change on {last}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이미 &apos;{stage}&apos; 단계입니다.</source>
        <translation>The stage is already &apos;{stage}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이해관계자를 찾을 수 없습니다.</source>
        <translation>The stakeholder was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이해관계자 이름(또는 단체명)을 입력하세요.</source>
        <translation>Enter the stakeholder&apos;s name (or the group&apos;s name).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>영향력은 1~5 사이여야 합니다: {value}</source>
        <translation>Influence must be between 1 and 5: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>신호 건수는 0 이상이어야 합니다: {value}</source>
        <translation>A signal count cannot be negative: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>조치실적 내용을 입력하세요.</source>
        <translation>Enter what was done (action log).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>수정할 항목을 찾을 수 없습니다.</source>
        <translation>The entry to edit was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>삭제할 항목을 찾을 수 없습니다.</source>
        <translation>The entry to delete was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이동할 쟁점을 찾을 수 없습니다.</source>
        <translation>The issue to move was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산은 0원 이상이어야 합니다.</source>
        <translation>The budget cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>조치항목 {position}의 제목을 입력하세요.</source>
        <translation>Enter a title for action item {position}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>조치항목 상태 &apos;{value}&apos;을(를) 알 수 없습니다.</source>
        <translation>Unknown action item status &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점검 기록 {review}이(가) 없습니다.</source>
        <translation>There is no review record {review}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점검자를 입력하세요.</source>
        <translation>Enter the reviewer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>알 수 없는 갈등단계입니다: {value}</source>
        <translation>Unknown conflict stage: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고 등급은 1–3이어야 합니다: {value}</source>
        <translation>The recommended grade must be 1–3: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>알 수 없는 이행 상태입니다: {value}</source>
        <translation>Unknown progress: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>알 수 없는 항목 종류입니다: {value}</source>
        <translation>Unknown item kind: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 사업의 항목이 아닙니다: {kind} {item}</source>
        <translation>Not an item of this project: {kind} {item}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전문가(id {expert})가 없습니다.</source>
        <translation>There is no expert (id {expert}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>비활성 전문가({name})는 배정할 수 없습니다.</source>
        <translation>An inactive expert ({name}) cannot be assigned.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>배정(id {assignment})이 없습니다.</source>
        <translation>There is no assignment (id {assignment}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지급 기록(id {payment})이 없습니다.</source>
        <translation>There is no payment record (id {payment}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지급액은 0원보다 큰 원 단위 정수여야 합니다: {value}</source>
        <translation>The amount must be a whole number of won above 0: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업 &apos;{project}&apos;에는 구성된 갈등조정협의회가 없습니다.</source>
        <translation>Project &apos;{project}&apos; has no mediation council.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업 &apos;{project}&apos;에는 이미 갈등조정협의회가 있습니다.</source>
        <translation>Project &apos;{project}&apos; already has a mediation council.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위원(id {member})이 없습니다.</source>
        <translation>There is no member (id {member}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위원장은 한 명만 둘 수 있습니다.</source>
        <translation>A council can have only one chair.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회의(id {meeting})가 없습니다.</source>
        <translation>There is no meeting (id {meeting}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>합의사항(id {item})이 없습니다.</source>
        <translation>There is no agreement item (id {item}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>완료된 합의사항은 완료일을 입력하세요.</source>
        <translation>A completed agreement item needs its completion date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>결과문의 작성일을 입력하세요.</source>
        <translation>Enter the date of the result document.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{title}&apos;은(는) 공론화위원회가 실시로 결정한 안건이 아니어서 공론화 추진을 시작할 수 없습니다.</source>
        <translation>&apos;{title}&apos; was not decided for deliberation by the deliberation committee, so no deliberation process can start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{title}&apos;의 공론화 추진은 이미 시작되었습니다.</source>
        <translation>The deliberation process of &apos;{title}&apos; has already started.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{title}&apos;에는 공론화 추진이 없습니다. 먼저 추진을 시작하세요.</source>
        <translation>&apos;{title}&apos; has no deliberation process. Begin the process first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권역 &apos;{region}&apos;이(가) 두 번 있습니다.</source>
        <translation>Region &apos;{region}&apos; is listed twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권역이 너무 많습니다 ({count}개, 최대 {limit}개).</source>
        <translation>Too many regions ({count}, at most {limit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권역 &apos;{region}&apos;은(는) 이 공론화의 권역({regions})에 없습니다.</source>
        <translation>Region &apos;{region}&apos; is not one of this process&apos;s regions ({regions}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권역별 공론장은 권역을 골라야 합니다.</source>
        <translation>A regional forum needs a region.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>실시일({held})이 오늘({today})보다 뒤입니다. 아직 열리지 않은 행사는 예정일에 적으세요.</source>
        <translation>The date held ({held}) is after today ({today}). Enter an event not yet held as planned.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>참석 인원 &apos;{value}&apos;은(는) 0 이상의 정수여야 합니다.</source>
        <translation>Attendance &apos;{value}&apos; must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>참석 인원은 실시일을 적은 행사에만 기록할 수 있습니다.</source>
        <translation>Attendance can only be recorded for an event with the date it was held.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 행사(id {event})가 없습니다.</source>
        <translation>There is no deliberation event (id {event}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{spent_on} 집행은 {year}년 공론화 예산에 넣을 수 없습니다. 날짜나 예산 연도를 고치세요.</source>
        <translation>Spending on {spent_on} cannot go on the {year} deliberation budget. Correct the date or the budget year.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{answer}&apos; 답변에는 사유를 적어야 합니다.</source>
        <translation>The answer &apos;{answer}&apos; needs a reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시의 답변이 없는 권고는 완료로 둘 수 없습니다. 먼저 답변(수용·일부 수용)을 고르세요.</source>
        <translation>A recommendation the city has not answered cannot be done. Choose an answer (accepted, partly accepted) first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>완료된 권고는 완료일을 입력하세요.</source>
        <translation>Enter the date a done recommendation was completed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고(id {recommendation})가 없습니다.</source>
        <translation>There is no recommendation (id {recommendation}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{title}&apos;에 권고 {number}이(가) 없습니다.</source>
        <translation>&apos;{title}&apos; has no recommendation {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{phase}&apos; 단계에 아직 열리지 않은 행사가 여럿입니다(id {events}). 고칠 행사의 id를 고르거나 새 행사로 더하세요.</source>
        <translation>The phase &apos;{phase}&apos; has several events not held yet (ids {events}). Choose the id of the event to correct or add a new event.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>고칠 행사의 id나 단계를 고르세요.</source>
        <translation>Choose the id of the event to correct or its phase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>알 수 없는 신호 종류 &apos;{value}&apos;입니다.</source>
        <translation>Unknown signal kind &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>신호 날짜 &apos;{value}&apos;이(가) 날짜가 아닙니다.</source>
        <translation>The signal date &apos;{value}&apos; is not a date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} 건수 &apos;{value}&apos;은(는) 0 이상의 정수여야 합니다.</source>
        <translation>The {kind} count &apos;{value}&apos; must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>조회 기간 &apos;{value}&apos;은(는) 1일 이상이어야 합니다.</source>
        <translation>The look-back period &apos;{value}&apos; must be at least 1 day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단표 항목 코드가 비어 있습니다.</source>
        <translation>A checklist item has no code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단표 항목 &apos;{item}&apos;의 이름이 비어 있습니다.</source>
        <translation>Checklist item &apos;{item}&apos; has no name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단표 항목 &apos;{item}&apos;의 가중치 &apos;{value}&apos;은(는) 1~{limit}의 정수여야 합니다.</source>
        <translation>The weight &apos;{value}&apos; of checklist item &apos;{item}&apos; must be a whole number from 1 to {limit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점수 구간의 등급 &apos;{value}&apos;은(는) 1등급 또는 2등급이어야 합니다.</source>
        <translation>The grade &apos;{value}&apos; of a score band must be grade 1 or grade 2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{grade} 점수 기준 &apos;{value}&apos;은(는) 1~100(%)의 정수여야 합니다.</source>
        <translation>The {grade} score threshold &apos;{value}&apos; must be a whole number from 1 to 100 (%).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단표에 항목이 하나도 없습니다.</source>
        <translation>The checklist has no items.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단표 항목 코드 &apos;{item}&apos;이(가) 중복되었습니다.</source>
        <translation>The checklist item code &apos;{item}&apos; appears twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>같은 등급의 점수 구간이 두 번 있습니다.</source>
        <translation>Two score bands have the same grade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1등급 점수 기준은 2등급 기준보다 낮을 수 없습니다.</source>
        <translation>The grade 1 threshold cannot be lower than the grade 2 threshold.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단표에 없는 항목 &apos;{item}&apos;입니다.</source>
        <translation>&apos;{item}&apos; is not an item of the checklist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단표 설정의 형식이 올바르지 않습니다{detail}.</source>
        <translation>The checklist settings are malformed{detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단표 항목 &apos;{item}&apos;의 점수 &apos;{value}&apos;은(는) {low}~{high}의 정수여야 합니다.</source>
        <translation>The score &apos;{value}&apos; of checklist item &apos;{item}&apos; must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점검 기한 설정 &apos;{key}&apos;은(는) 정수여야 합니다: {value}</source>
        <translation>The review due-date setting &apos;{key}&apos; must be a whole number: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점검 기한 설정 &apos;{key}&apos;은(는) {low}–{high} 사이여야 합니다: {value}</source>
        <translation>The review due-date setting &apos;{key}&apos; must be between {low} and {high}: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>알 수 없는 점검 기한 규칙입니다: {value}</source>
        <translation>Unknown review due-date rule: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지정일 규칙에는 기한 일자(day)가 필요합니다.</source>
        <translation>The fixed-day rule needs a day of the month.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>마지막 근무일 규칙에는 기한 일자(day)를 지정할 수 없습니다.</source>
        <translation>The last-working-day rule takes no day of the month.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}은(는) 원 단위 정수여야 합니다: {value}</source>
        <translation>The {field} must be a whole number of won: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}은(는) 0원보다 커야 합니다: {value}</source>
        <translation>The {field} must be more than 0 won: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}은(는) 음수일 수 없습니다: {value}</source>
        <translation>The {field} cannot be negative: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>분기별 계획은 4개 분기 금액이어야 합니다 (입력 {count}개).</source>
        <translation>The quarterly plan needs four quarterly amounts ({count} given).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>분기는 1–4 사이여야 합니다: {value}</source>
        <translation>A quarter must be 1–4: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{paid_on} 지급은 {year}년 수당 예산에 포함할 수 없습니다.</source>
        <translation>A payment on {paid_on} cannot be booked against the {year} allowance budget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위원 수가 올바르지 않습니다: {value}</source>
        <translation>Invalid number of members: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등조정협의회 위원은 최대 {limit}명입니다 (현재 {count}명). 위원을 추가하려면 먼저 다른 위원을 해촉하세요.</source>
        <translation>A mediation council has at most {limit} members (now {count}). To add a member, dismiss another one first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{why} 위원장은 당사자로부터 독립적인 사람이어야 합니다.</source>
        <translation>{why} The chair must be independent of the parties.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>파일이 없습니다: {path}</source>
        <translation>The file does not exist: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>파일 대신 폴더가 지정되었습니다: {path}</source>
        <translation>A folder was given instead of a file: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>필수 값이 비어 있습니다</source>
        <translation>A required value is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>너무 깁니다(최대 {limit}자, 현재 {length}자)</source>
        <translation>Too long (at most {limit} characters, now {length})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시트 &apos;{sheet}&apos;에 내용이 없습니다(빈 파일): {file}</source>
        <translation>Sheet &apos;{sheet}&apos; is empty: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>스키마 갱신 후 참조 무결성 오류 {count}건 (백업 파일이 보존되어 있습니다).</source>
        <translation>{count} referential integrity errors after the schema update (the backup file is kept).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>저장할 수 없는 문자(U+{codepoint}, 짝이 없는 서로게이트)가 &apos;{field}&apos; 항목에 있습니다. 해당 글자를 지우고 다시 입력하세요.</source>
        <translation>The field &apos;{field}&apos; holds a character that cannot be stored (U+{codepoint}, an unpaired surrogate). Delete it and type the text again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>제출 기한({due})이 오늘({today})보다 빠릅니다.</source>
        <translation>The due date ({due}) is before today ({today}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{department}&apos; 부서가 없습니다.</source>
        <translation>There is no department &apos;{department}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{department}&apos; 부서에는 {round} 진단대상 사업이 없어 작성 파일을 만들지 않았습니다.</source>
        <translation>Department &apos;{department}&apos; has no target in {round}; no workbook was made.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{round}에 진단대상 사업이 없어 부서 작성 파일을 만들 것이 없습니다.</source>
        <translation>{round} has no targets, so there is no department workbook to make.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사전 갈등검토목록 파일입니다(부서 작성 파일이 아님): {file}</source>
        <translation>This is a pre-review checklist, not a department workbook: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서 작성 파일입니다(사전 갈등검토목록이 아님). handin으로 가져오세요: {file}</source>
        <translation>This is a department workbook, not a pre-review checklist. Take it in with handin: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 사업의 서명입니다: 파일은 &apos;{sheet}&apos; 사업의 것인데 서명은 &apos;{stamp}&apos; 사업의 것입니다: {file}</source>
        <translation>Signed for another project: the file is for project &apos;{sheet}&apos; but the signature is for &apos;{stamp}&apos;: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 사업의 검토목록입니다: 서명은 {stamp} 사업인데 {expected} 사업으로 가져오려 했습니다: {file}</source>
        <translation>Checklist of another project: signed for {stamp}, but taken in as {expected}: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 데이터 파일이 보낸 기록이 없는 사전 갈등검토목록입니다: {file}</source>
        <translation>This data file has no record of sending this pre-review checklist: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 사전 갈등검토목록은 {on}에 이미 가져왔습니다({other}). 다시 가져오지 않습니다: {file}</source>
        <translation>This pre-review checklist was already taken in on {on} ({other}); it is not taken in again: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>검토목록의 사업 {project}이(가) 이 데이터 파일에 없습니다: {file}</source>
        <translation>The checklist&apos;s project {project} is not in this data file: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{department}&apos; 부서에 등록된 사업이 없습니다. 계획 중인 사업은 먼저 사업 목록에 등록하세요.</source>
        <translation>Department &apos;{department}&apos; has no project in the register. Add a planned project to the register first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사전 갈등검토목록을 만들 사업을 고르세요(사업코드 또는 부서).</source>
        <translation>Choose the projects for the pre-review checklists (project codes or a department).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>한 번에 만들 수 있는 사전 갈등검토목록은 {limit}개입니다(요청 {count}개).</source>
        <translation>At most {limit} pre-review checklists can be made at once ({count} asked).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>폴더 대신 파일이 지정되었습니다: {folder}</source>
        <translation>A file was given instead of a folder: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>저장할 폴더를 만들 수 없습니다: {folder} ({reason})</source>
        <translation>Cannot create the output folder: {folder} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ConflictDesk가 만든 부서 작성 파일이 아닙니다(서명이 없음): {file}</source>
        <translation>Not a department workbook made by ConflictDesk (no stamp): {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 데이터 파일에서 만든 부서 작성 파일이 아닙니다(서명 키가 없음): {file}</source>
        <translation>This department workbook was not made from this data file (no stamp key): {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서명이 맞지 않습니다. 파일의 숨은 서명이 바뀌었거나 다른 데이터 파일에서 만든 파일입니다: {file}</source>
        <translation>The stamp does not match: its hidden signature was changed or the file was made from another data file: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 차수의 파일입니다: 서명은 {stamp} 차수인데 {expected} 차수로 가져오려 했습니다: {file}</source>
        <translation>A file of another round: the stamp says {stamp} but round {expected} was being taken in: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 부서의 서명입니다: 파일은 &apos;{sheet}&apos; 부서의 것인데 서명은 &apos;{stamp}&apos; 부서의 것입니다: {file}</source>
        <translation>A stamp of another department: the file is &apos;{sheet}&apos;&apos;s but the stamp is &apos;{stamp}&apos;&apos;s: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 차수의 서명입니다: 파일은 {sheet} 차수인데 서명은 {stamp} 차수입니다: {file}</source>
        <translation>A stamp of another round: the file is of {sheet} but the stamp of {stamp}: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{sheet}&apos; 시트가 없습니다: {file}</source>
        <translation>The sheet &apos;{sheet}&apos; is missing: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{sheet}&apos; 시트의 열 &apos;{column}&apos;이(가) 옮겨졌습니다({was}열 → {now}열). 열 순서를 바꾸지 마세요: {file}</source>
        <translation>Column &apos;{column}&apos; of sheet &apos;{sheet}&apos; was moved (column {was} → {now}). Do not reorder the columns: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{sheet}&apos; 시트에 열 &apos;{column}&apos;이(가) 없습니다({was}열이어야 함): {file}</source>
        <translation>Sheet &apos;{sheet}&apos; has no column &apos;{column}&apos; (expected in column {was}): {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{sheet}&apos; 시트 {now}열의 &apos;{column}&apos;은(는) 보낸 파일에 없던 열입니다: {file}</source>
        <translation>Column {now} &apos;{column}&apos; of sheet &apos;{sheet}&apos; was not in the file sent: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>보호된 셀이 바뀌었습니다: &apos;{sheet}&apos; 시트 {row}행 &apos;{column}&apos; (&apos;{was}&apos; → &apos;{now}&apos;): {file}</source>
        <translation>A protected cell was changed: sheet &apos;{sheet}&apos; row {row} &apos;{column}&apos; (&apos;{was}&apos; → &apos;{now}&apos;): {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 데이터 파일이 보낸 기록이 없는 부서 작성 파일입니다: {file}</source>
        <translation>This data file has no record of sending this department workbook: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 부서 작성 파일은 {on}에 이미 가져왔습니다({other}). 다시 가져오지 않습니다: {file}</source>
        <translation>This department workbook was already taken in on {on} ({other}); it is not taken in again: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서명의 차수 {round}가 이 데이터 파일에 없습니다: {file}</source>
        <translation>The stamp&apos;s round {round} is not in this data file: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데이터 파일을 다른 프로그램이 사용 중입니다: {where}</source>
        <translation>Another program is using the data file: {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>디스크 공간이 부족합니다 (파일은 손상되지 않았습니다): {where}</source>
        <translation>The disk is full (the file is not damaged): {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데이터 파일 또는 그 폴더에 쓸 수 없습니다 (읽기 전용·권한): {where}</source>
        <translation>The data file or its folder cannot be written (read-only or no permission): {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데이터 파일이 손상되었거나 데이터베이스가 아닙니다: {where}</source>
        <translation>The data file is damaged or not a database: {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ConflictDesk 데이터 파일이 아니거나 필요한 표가 없습니다: {where}</source>
        <translation>Not a ConflictDesk data file, or tables are missing: {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>디스크 입출력 오류로 데이터 파일을 읽거나 쓸 수 없습니다 (디스크·연결 상태를 확인하세요): {where}</source>
        <translation>A disk I/O error stops reading or writing the data file (check the disk and its connection): {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데이터 파일을 열 수 없습니다: {where}{detail}</source>
        <translation>The data file cannot be opened: {where}{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데이터베이스 주소를 해석할 수 없습니다: {value}</source>
        <translation>The database address cannot be understood: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데이터 파일의 폴더가 없습니다: {folder} (--db {value})</source>
        <translation>The folder of the data file does not exist: {folder} (--db {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데이터 파일 대신 폴더가 지정되었습니다: {path}</source>
        <translation>A folder was given instead of a data file: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데이터 파일이 없습니다: {path}</source>
        <translation>The data file does not exist: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>읽기 전용으로 열린 파일은 스키마를 갱신할 수 없습니다.</source>
        <translation>A file opened read-only cannot have its schema updated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>스키마 갱신이 필요합니다 ({version} → {head}).</source>
        <translation>The schema needs an update ({version} → {head}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ConflictDesk 데이터 파일이 아닙니다: {where}</source>
        <translation>Not a ConflictDesk data file: {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 데이터 파일은 더 새로운 버전의 ConflictDesk에서 만들어졌습니다 (스키마 {version}, 이 프로그램은 {head}). 프로그램을 업데이트하세요.</source>
        <translation>This data file was made by a newer version of ConflictDesk (schema {version}, this program {head}). Update the program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>읽기 전용으로 열려 있어 저장할 수 없습니다.</source>
        <translation>The file is open read-only: nothing can be saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite 파일이 아닙니다.</source>
        <translation>Not an SQLite file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>파일이 손상되었습니다: {path} ({detail})</source>
        <translation>The file is damaged: {path} ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>파일 무결성 검사 실패: {path} ({detail})</source>
        <translation>The file failed its integrity check: {path} ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>더 새로운 버전의 ConflictDesk 파일이라 복원할 수 없습니다: {path}</source>
        <translation>A file of a newer ConflictDesk cannot be restored: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>백업을 취소했습니다.</source>
        <translation>Backup cancelled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>감사 기록은 수정하거나 삭제할 수 없습니다 (추가만 가능).</source>
        <translation>The audit trail cannot be changed or deleted (append only).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 곳에서 먼저 수정된 기록입니다. 다시 열어 변경 내용을 확인하세요.</source>
        <translation>This record was changed elsewhere first. Open it again to see the changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>저장할 수 없습니다: 데이터 규칙 위반 ({detail})</source>
        <translation>Cannot save: a data rule was broken ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>디스크 공간이 부족하여 저장하지 못했습니다. 기존 데이터는 그대로입니다.</source>
        <translation>The disk is full, nothing was saved. The data stored before is unchanged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 프로그램이 데이터 파일에 쓰는 중입니다. 잠시 후 다시 시도하세요.</source>
        <translation>Another program is writing to the data file. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데이터 파일이 읽기 전용이라 저장하지 못했습니다.</source>
        <translation>The data file is read-only: nothing was saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>저장 중 데이터베이스 오류: {detail}</source>
        <translation>Database error while saving: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산 항목 &apos;{line}&apos;이(가) 두 번 있습니다.</source>
        <translation>The budget line &apos;{line}&apos; appears twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산 항목 &apos;{line}&apos;은(는) 뺄 수 없습니다 (수당·교육비가 이 항목에 집행됩니다).</source>
        <translation>The budget line &apos;{line}&apos; cannot be removed (allowances and training costs are booked on it).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산 항목 &apos;{line}&apos;이(가) 없습니다. 설정된 항목 중에서 고르세요.</source>
        <translation>There is no budget line &apos;{line}&apos;. Choose one of the configured lines.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>집행 기록(id {spending})이 없습니다.</source>
        <translation>There is no spending record (id {spending}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>집행액은 0원보다 큰 원 단위 정수여야 합니다: {value}</source>
        <translation>The amount spent must be a whole number of won above 0: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} &apos;{value}&apos;은(는) {low}~{high} 사이의 정수여야 합니다.</source>
        <translation>{field} &apos;{value}&apos; must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{department}의 참석 인원 &apos;{value}&apos;은(는) 1명 이상이어야 합니다.</source>
        <translation>The attendees of {department} &apos;{value}&apos; must be at least 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{department}의 참석 인원이 두 번 입력되었습니다.</source>
        <translation>The attendees of {department} were entered twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>참석 인원 &apos;{value}&apos;은(는) 0명 이상의 정수여야 합니다.</source>
        <translation>The number of attendees &apos;{value}&apos; must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교육 기록(id {session})이 없습니다.</source>
        <translation>There is no training record (id {session}).</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>{field}가 올바르지 않습니다: {value} (1900–9999년의 연도를 숫자로 입력하세요)</source>
        <translation>{field} is not valid: {value} (enter a year from 1900 to 9999 as a number)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>군·구 순회 교육은 개최 군·구를 입력하세요.</source>
        <translation>Enter the host district of a district tour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교육 시간 &apos;{value}&apos;은(는) 0~100시간이어야 합니다.</source>
        <translation>The hours &apos;{value}&apos; must be from 0 to 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교육비는 0원 이상의 원 단위 정수여야 합니다: {value}</source>
        <translation>The cost must be a whole number of won, 0 or more: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서 &apos;{department}&apos;이(가) 없습니다.</source>
        <translation>There is no department &apos;{department}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등영향분석의 분석자(전문가 풀) 또는 분석 기관을 입력하세요.</source>
        <translation>Enter the analyst (expert pool) or the analysing firm of the impact analysis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>분석 비용은 0원 이상의 원 단위 정수여야 합니다: {value}</source>
        <translation>The analysis cost must be a whole number of won, 0 or more: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고 등급 &apos;{value}&apos;은(는) 1~3등급 중 하나여야 합니다.</source>
        <translation>Recommended grade &apos;{value}&apos; must be grade 1, 2 or 3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}은(는) {limit}자 이내로 입력하세요.</source>
        <translation>{field} must be at most {limit} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등영향분석(id {analysis})이 없습니다.</source>
        <translation>There is no impact analysis (id {analysis}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 기준 {field} 값 &apos;{value}&apos;은(는) 1 이상의 정수여야 합니다.</source>
        <translation>Deliberation threshold {field} &apos;{value}&apos; must be a whole number of at least 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>설명 기준({explain:,}명)이 청원 기준({support:,}명)보다 클 수 없습니다.</source>
        <translation>The explanation threshold ({explain:,}) cannot exceed the petition threshold ({support:,}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 안건(id {item})이 없습니다.</source>
        <translation>There is no deliberation item (id {item}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>안건 출처 &apos;{value}&apos;을(를) 알 수 없습니다. petition, council, mayor, case 중 하나입니다.</source>
        <translation>Unknown item source &apos;{value}&apos;. Use petition, council, mayor or case.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등사례 회부 안건에는 사업을 지정해야 합니다.</source>
        <translation>An item referred from a case needs its project.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{title}&apos;은(는) 시민 설명 대상이 아닙니다.</source>
        <translation>&apos;{title}&apos; does not owe the petitioners an explanation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 실시 여부 &apos;{value}&apos;을(를) 알 수 없습니다 (go 또는 no_go).</source>
        <translation>Unknown deliberation decision &apos;{value}&apos; (go or no_go).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화 실시 여부의 사유를 입력하세요.</source>
        <translation>Enter the reason for the deliberation decision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}에 재직 위원이 이미 {count}명이라 {name} 위원을 더할 수 없습니다 (재직 위원은 최대 {limit}명). 다른 위원의 임기를 먼저 끝내거나 임기를 조정하세요.</source>
        <translation>On {day} there are already {count} members in office, so {name} cannot be added (at most {limit} in office). End another member&apos;s term first or adjust the term.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{meeting}은(는) 정족수 미달입니다 (출석 {present}명 / 재직 {in_office}명, 과반 {needed}명 필요). 정족수가 안 된 회의에서는 의결할 수 없습니다.</source>
        <translation>{meeting} had no quorum ({present} present / {in_office} in office, a majority of {needed} needed). A meeting without quorum cannot decide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화위원회 위원(id {member})이 없습니다.</source>
        <translation>There is no committee member with id {member}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화위원회 회의(id {meeting})가 없습니다.</source>
        <translation>There is no committee meeting with id {meeting}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} 위원은 {day}에 임기 중이 아니어서 출석으로 기록할 수 없습니다.</source>
        <translation>{name} was not in office on {day} and cannot be recorded as present.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} 위원은 {meeting}에 출석했으므로 그 회의일이 빠지는 임기로 바꿀 수 없습니다.</source>
        <translation>{name} attended {meeting}; the term cannot be changed to leave out that date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} 위원은 회의 출석 기록이 있어 삭제할 수 없습니다. 임기를 끝내세요.</source>
        <translation>{name} attended meetings and cannot be deleted. End the term instead.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{meeting}에서 의결한 결정이 있어 삭제하거나 날짜를 바꿀 수 없습니다: {decisions}</source>
        <translation>Decisions were taken at {meeting}, so it cannot be deleted or moved to another date: {decisions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{title}&apos;은(는) 공론화 실시로 의결되지 않아 {decision}을(를) 기록할 수 없습니다.</source>
        <translation>&apos;{title}&apos; was not decided for deliberation, so &apos;{decision}&apos; cannot be recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{decision} 날짜({day})가 앞선 의결일({decided})보다 빠릅니다.</source>
        <translation>The date of &apos;{decision}&apos; ({day}) is before the earlier decision ({decided}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{title}&apos;에는 추진위원회 구성 또는 권고안 채택 기록이 있어 공론화 실시 결정을 바꾸거나 지울 수 없습니다. 그 기록을 먼저 지우세요.</source>
        <translation>&apos;{title}&apos; has a steering committee or adoption record, so the decision to deliberate cannot be changed or cleared. Clear that record first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공감 수 &apos;{value}&apos;은(는) 0 이상의 정수여야 합니다.</source>
        <translation>Support count &apos;{value}&apos; must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>청원 자료가 한 건도 없습니다.</source>
        <translation>The file holds no petitions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>머리글 {missing}이(가) 없습니다. 첫 행에 {expected}이(가) 있어야 합니다.</source>
        <translation>Header(s) {missing} missing. The first row must hold {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기준일({as_of})이 청원 시작일({opened})보다 빠릅니다.</source>
        <translation>The count date ({as_of}) is before the opening date ({opened}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{title}&apos;의 청원 시작일이 {row}행({opened})과 다릅니다.</source>
        <translation>The opening date of &apos;{title}&apos; differs from row {row} ({opened}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{title}&apos;의 {as_of} 공감 수가 두 번 다르게 있습니다.</source>
        <translation>&apos;{title}&apos; has two different counts for {as_of}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}에 문제가 {count}건 있어 아무것도 가져오지 않았습니다. 첫 문제: {first}</source>
        <translation>{file} has {count} problem(s); nothing was imported. First problem: {first}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시민참여단 추첨에는 sortition-algorithms 패키지가 필요합니다: pip install &apos;conflictdesk[sortition]&apos;</source>
        <translation>The citizens&apos; panel draw needs the sortition-algorithms package: pip install &apos;conflictdesk[sortition]&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자료가 한 건도 없습니다.</source>
        <translation>The file holds no rows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>인원 &apos;{value}&apos;은(는) 0 이상의 정수여야 합니다.</source>
        <translation>Number &apos;{value}&apos; must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{category} {value}의 최소({min}명)가 최대({max}명)보다 큽니다.</source>
        <translation>The minimum of {category} {value} ({min}) is above its maximum ({max}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{category} {value}의 할당이 {row}행에도 있습니다.</source>
        <translation>The quota of {category} {value} is also on row {row}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>신청번호 {number}이(가) {row}행에도 있습니다.</source>
        <translation>Applicant no. {number} is also on row {row}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>신청번호 {number}의 {category} 값 &apos;{value}&apos;이(가) 할당 파일에 없습니다.</source>
        <translation>Applicant {number}&apos;s {category} value &apos;{value}&apos; is not in the quotas file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>신청자가 너무 많습니다 (최대 {limit:,}명).</source>
        <translation>Too many applicants (at most {limit:,}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}에 문제가 {count}건 있어 추첨하지 않았습니다. 첫 문제: {first}</source>
        <translation>{file} has {count} problem(s); nothing was drawn. First problem: {first}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>참여단 규모 {size}명은 1명 이상, 신청자 수({applicants}명) 이하여야 합니다.</source>
        <translation>A panel of {size} must have at least 1 member and at most the {applicants} applicants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시드 &apos;{seed}&apos;은(는) 1 이상의 정수여야 합니다.</source>
        <translation>Seed &apos;{seed}&apos; must be a whole number of at least 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>인구표의 {category} 인구 합계가 0입니다.</source>
        <translation>The population of {category} adds up to 0 in the population table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>허용 오차 &apos;{value}&apos;은(는) 0 이상의 정수여야 합니다.</source>
        <translation>Tolerance &apos;{value}&apos; must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{title}&apos;에는 기록된 참여단 추첨이 없습니다.</source>
        <translation>&apos;{title}&apos; has no recorded panel draw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>신청번호 {number}은(는) &apos;{title}&apos; 참여단의 현재 위원이 아닙니다 (선정되지 않았거나 이미 탈락).</source>
        <translation>Applicant {number} is not a current member of the panel of &apos;{title}&apos; (not selected, or already dropped out).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>신청번호 {number}의 대체자를 뽑을 수 없습니다: 할당을 지킬 수 있는 신청자가 없는 구분: {categories}. 할당을 바꾸려면 참여단을 새로 추첨해야 합니다.</source>
        <translation>No replacement for applicant {number} can be drawn: no applicant keeps the quotas of {categories}. Changing the quotas needs a new draw of the panel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{title}&apos;의 참여단은 이미 추첨해 기록했습니다. 기록한 추첨은 바꿀 수 없습니다.</source>
        <translation>The panel of &apos;{title}&apos; is already drawn and recorded. A recorded draw cannot be changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>할당을 모두 지키는 참여단을 뽑을 수 없습니다. 맞지 않는 구분: {categories}. 조정안: {suggestions}</source>
        <translation>No panel meets every quota. Categories that do not fit: {categories}. Suggested change: {suggestions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{category}의 최소 인원 합계({needed}명)가 참여단 규모({available}명)보다 큽니다</source>
        <translation>the minimums of {category} add up to {needed}, more than the panel size {available}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{category}의 최대 인원 합계({available}명)가 참여단 규모({needed}명)보다 작습니다</source>
        <translation>the maximums of {category} add up to {available}, less than the panel size {needed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{category} {value} 신청자가 {available}명뿐이라 최소 {needed}명을 채울 수 없습니다</source>
        <translation>only {available} applicants have {category} {value}, fewer than the minimum {needed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>알림 기간 {days}일은 1~365일이어야 합니다.</source>
        <translation>A reminder period of {days} days must be 1–365 days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사용자 이름은 {limit}자 이내로 입력하세요.</source>
        <translation>Enter a user name of at most {limit} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업 수는 1 이상이어야 합니다.</source>
        <translation>The number of projects must be at least 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이미 사업이 있는 데이터 파일입니다. 빈 파일을 지정하거나 --replace 를 쓰세요.</source>
        <translation>The data file already holds projects. Name an empty file or use --replace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite 파일만 백업할 수 있습니다 (PostgreSQL은 pg_dump를 쓰세요).</source>
        <translation>Only SQLite files can be backed up here (use pg_dump for PostgreSQL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데이터 파일을 다른 곳에서 사용 중이라 바꿀 수 없습니다: {path} — 사용 중: {holders}. 그 창이나 명령을 닫은 뒤 다시 시도하세요.</source>
        <translation>The data file is in use elsewhere and cannot be replaced: {path} — in use by: {holders}. Close that window or command and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>잠금 파일을 만들 수 없습니다: {path} ({reason})</source>
        <translation>Cannot create the lock file: {path} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>백업 파일이 없습니다: {path}</source>
        <translation>The backup file does not exist: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>백업 파일 자리에 {kind}가 있어 쓸 수 없습니다: {path} (파일 이름까지 지정하세요)</source>
        <translation>A {kind} stands where the backup file should go: {path} (give a file name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>백업할 폴더가 없습니다: {folder}</source>
        <translation>The backup folder does not exist: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>백업 파일을 원본 파일 위에 쓸 수 없습니다.</source>
        <translation>A backup cannot be written over the original file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>복원할 파일이 현재 데이터 파일과 같습니다.</source>
        <translation>The file to restore is the current data file itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출력 폴더가 없습니다: {folder}</source>
        <translation>The output folder does not exist: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출력 폴더에 파일을 쓸 수 없습니다: {folder} ({reason})</source>
        <translation>Cannot write a file in the output folder: {folder} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출력 파일 {file}의 확장자는 {allowed} 중 하나여야 합니다.</source>
        <translation>The output file {file} must end in one of {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출력 파일 자리에 {kind}가 있어 쓸 수 없습니다: {path} (파일 이름까지 지정하세요)</source>
        <translation>A {kind} stands where the output file should go: {path} (give a file name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{round} 차수에 1·2등급 사업이 없습니다.</source>
        <translation>Round {round} has no grade 1–2 projects.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기록</source>
        <translation>record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등관리카드</source>
        <translation>conflict card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>협의회</source>
        <translation>council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단 기록</source>
        <translation>diagnosis record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전문가 정보</source>
        <translation>expert record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점검 기록</source>
        <translation>review record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대응계획</source>
        <translation>response plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>차수 기록</source>
        <translation>round record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전문가 성명</source>
        <translation>expert&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위원 성명</source>
        <translation>member&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>합의사항 내용</source>
        <translation>agreement item text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등유형</source>
        <translation>conflict type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업단계</source>
        <translation>project phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등단계</source>
        <translation>conflict stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>쟁점 구분</source>
        <translation>issue kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이해관계자 구분</source>
        <translation>stakeholder kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>개인·단체 구분</source>
        <translation>person or organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>신호 종류</source>
        <translation>signal kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>신호</source>
        <translation>signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>조치실적</source>
        <translation>action log entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>배정 종료일</source>
        <translation>assignment end date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종료일</source>
        <translation>end date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시작일</source>
        <translation>start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종료 예정일</source>
        <translation>planned end date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>구성일</source>
        <translation>formation date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연간 수당 예산</source>
        <translation>annual allowance budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지급액</source>
        <translation>payment amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{quarter}분기 계획</source>
        <translation>Q{quarter} plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연도</source>
        <translation>year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>반기</source>
        <translation>half</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산 연도</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교육 연도</source>
        <translation>Training year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위원장({chair})이(가) 당사자 대표와 같은 사람입니다.</source>
        <translation>The chair ({chair}) is the same person as a party representative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위원장의 소속({affiliation})이 당사자와 같습니다.</source>
        <translation>The chair&apos;s affiliation ({affiliation}) is that of a party.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>폴더</source>
        <translation>folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>장치 파일</source>
        <translation>device file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>쓰기 권한이 없습니다</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>읽기 전용 위치입니다</source>
        <translation>the location is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>파일을 만들 수 없는 위치입니다</source>
        <translation>files cannot be created there</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산 항목</source>
        <translation>budget line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교육 구분</source>
        <translation>course kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연간 순회 교육 목표</source>
        <translation>yearly district-tour target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>군·구 목표 연도</source>
        <translation>district target year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>군·구 목록</source>
        <translation>list of districts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>분석 기관·분석자</source>
        <translation>analysing firm or analyst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>보고서</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>청원명</source>
        <translation>petition title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>청원 시작일</source>
        <translation>opening date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공감 수</source>
        <translation>support count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기준일</source>
        <translation>count date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>안건명</source>
        <translation>item title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>의결일</source>
        <translation>decision date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>청원 기준</source>
        <translation>petition threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>청원 기간</source>
        <translation>petition window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>설명 기준</source>
        <translation>explanation threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>설명 기한</source>
        <translation>explanation due days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>신청번호</source>
        <translation>applicant no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>구분</source>
        <translation>category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>값</source>
        <translation>value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>최소</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>최대</source>
        <translation>max</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>인구</source>
        <translation>population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권역</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>단계</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>행사명</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고 내용</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시 답변</source>
        <translation>City&apos;s answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이행 상태</source>
        <translation>Implementation status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>임기 시작일</source>
        <translation>Term start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>임기 종료일</source>
        <translation>Term end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위원 구분</source>
        <translation>Member group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>당연직·위촉</source>
        <translation>Ex officio / appointed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회의일</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회의명</source>
        <translation>Meeting name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추진위원회 구성</source>
        <translation>Steering committee formed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고안 채택</source>
        <translation>Recommendation adopted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>탈락일</source>
        <translation>Dropped out on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y/N, 예/아니오(아니요), O/X, ○/×, 해당/비해당, true/false, 1/0 중 하나를 입력하세요. 대소문자는 구분하지 않으며, 빈칸은 &apos;아니오&apos;로 봅니다.</source>
        <translation>Enter one of Y/N, O/X, ○/×, true/false, 1/0 or the Korean yes/no words (any case); a blank cell means no.</translation>
    </message>
</context>
<context>
    <name>ExpertDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/mediation_experts.py" line="+40"/>
        <source>전문가 수정</source>
        <translation>Edit expert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>전문가 등록</source>
        <translation>Register expert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>성명(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>분야</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>소속</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지역</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>연락처</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>비고</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>ExpertsTab</name>
    <message>
        <location line="+25"/>
        <source>성명·분야·소속·지역 검색</source>
        <translation>Search name, field, affiliation, region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>전문가 등록(&amp;A)</source>
        <translation>Register &amp;expert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>수정(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>비활성화(&amp;D)</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>xlsx 가져오기…</source>
        <translation>Import xlsx…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>분야</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>소속</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>지역</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>연락처</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <source>활동</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>등록된 갈등조정전문가가 없습니다. &apos;전문가 등록&apos; 또는 &apos;xlsx 가져오기&apos;로 추가하세요.</source>
        <translation>No mediation experts yet. Add them with &apos;Add expert&apos; or &apos;Import xlsx&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전문가를 선택하면 배정·수당 이력이 보입니다.</source>
        <translation>Choose an expert to see assignments and allowance payments.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>사업코드</source>
        <translation>Project code</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>사업명</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>역할</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>시작</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>종료</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>지급일</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>목적</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>배정 이력</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>수당 지급 이력</source>
        <translation>Allowance payments</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>비활성</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>활동 재개(&amp;D)</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — 배정 {0}건, 수당 {1}건 {2}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {0} assignments, {1} payments {2}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>전문가 비활성화</source>
        <translation>Deactivate expert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name} 전문가를 비활성화할까요? 이력은 그대로 남습니다.</source>
        <translation>Deactivate the expert {name}? The history is kept.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>전문가 풀 가져오기</source>
        <translation>Import expert pool</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>
… 외 {0}건</source>
        <translation>
… and {0} more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>가져오지 않았습니다</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>문제 {0}건이 있어 아무것도 가져오지 않았습니다.

{lines}{more}</source>
        <translation>Nothing was imported because of {0} problem(s).

{lines}{more}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>추가 {added}명, 갱신 {updated}명을 가져왔습니다.</source>
        <translation>Imported {added} new and {updated} updated expert(s).</translation>
    </message>
</context>
<context>
    <name>HandinDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/handout_dialogs.py" line="+172"/>
        <source>정하지 않음 (이 파일 보류)</source>
        <translation>Undecided (hold this file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ConflictDesk 값 유지</source>
        <translation>Keep ConflictDesk&apos;s value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서 값으로</source>
        <translation>Take the department&apos;s value</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>부서 작성 파일 가져오기</source>
        <translation>Take in department workbooks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>위치</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>항목</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>보낼 때</source>
        <translation>When sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>지금(ConflictDesk)</source>
        <translation>Now (ConflictDesk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서 값</source>
        <translation>Department&apos;s value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>처리</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>가져오기(&amp;A)</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>부서 작성 파일 읽는 중</source>
        <translation>Reading department workbooks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>파일 {count}개 · 가져올 수 있는 파일 {ready}개. 충돌은 &apos;처리&apos; 칸에서 정하세요. 파일마다 전부 가져오거나 하나도 가져오지 않습니다.</source>
        <translation>{count} files · {ready} can be taken in. Decide conflicts in the &apos;Decision&apos; column. Each file is taken in whole or not at all.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>거부: {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>문제 {count}건: 가져올 수 없음</source>
        <translation>{count} problems: cannot be taken in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>가져왔습니다</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>수정 {changes}칸, 추가 {added}줄, 충돌 {conflicts}건</source>
        <translation>{changes} cells changed, {added} rows added, {conflicts} conflicts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{department} · 사전 갈등검토목록 {project}</source>
        <translation>{department} · pre-review checklist {project}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>문제 · {sheet} {row}행</source>
        <translation>Problem · {sheet} row {row}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>수정 · {sheet} {row}행 {entry}</source>
        <translation>Change · {sheet} row {row} {entry}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>추가 · {sheet} {row}행 {code}</source>
        <translation>Added · {sheet} row {row} {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>충돌 · {what} {code}</source>
        <translation>Conflict · {what} {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>보낸 뒤 ConflictDesk에서도 바뀜</source>
        <translation>Also changed in ConflictDesk since it was sent</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{written}개 파일을 가져왔습니다. 나머지는 문제나 정하지 않은 충돌이 있어 가져오지 않았습니다.</source>
        <translation>{written} files taken in. The others have problems or undecided conflicts and were not taken in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{written}개 파일을 모두 가져왔습니다.</source>
        <translation>All {written} files taken in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>부서 작성 파일 가져오는 중</source>
        <translation>Taking in department workbooks</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>부서 작성 파일 고르기</source>
        <translation>Choose department workbooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>엑셀 (*.xlsx);;모든 파일 (*)</source>
        <translation>Excel (*.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location line="-263"/>
        <source>부서별 작성 파일 만들기</source>
        <translation>Make department workbooks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>예: 갈등관리팀 032-000-0000</source>
        <translation>e.g. Conflict team 032-000-0000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>폴더 고르기(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>차수(&amp;R)</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>제출 기한(&amp;U)</source>
        <translation>D&amp;ue date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>담당관 연락처(&amp;C)</source>
        <translation>Officer&apos;s &amp;contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>저장 폴더(&amp;F)</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>중점관리 사업의 카드를 한/글(HWPX) 파일로도 저장(&amp;W)</source>
        <translation>Also &amp;write the key cases&apos; cards as Hangul (HWPX) files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>한/글을 쓰는 부서를 위한 보내기 전용 파일입니다. 돌려받을 때는 엑셀 파일을 씁니다.</source>
        <translation>Out only, for departments that use Hangul (HWP); the Excel workbook is what comes back.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>보낸 날</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>제출 기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회신</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <source>반영</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>만들기(&amp;M)</source>
        <translation>&amp;Make</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>진단대상이 있는 모든 부서</source>
        <translation>Every department with targets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{department} (진단 {targets}건, 중점 {key}건)</source>
        <translation>{department} ({targets} targets, {key} key cases)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>회신(미반영)</source>
        <translation>Returned (not accepted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기한 지남</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>작성 중</source>
        <translation>Being filled in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>보낸 부서 {sent}곳 · 회신 {returned}곳 · 반영 {accepted}곳 · 회신율 {rate} · 기한 지난 미회신 {late}곳</source>
        <translation>Sent to {sent} departments · {returned} returned · {accepted} accepted · return rate {rate} · {late} overdue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>부서 작성 파일을 저장할 폴더</source>
        <translation>Folder for the department workbooks</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>먼저 진단 차수를 여세요.</source>
        <translation>Open a round first.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>부서 작성 파일 {count}개를 만들었습니다: {folder}</source>
        <translation>{count} department workbooks made: {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>부서 작성 파일 만드는 중</source>
        <translation>Making department workbooks</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../conflictdesk/ui/card_tabs.py" line="+324"/>
        <source>차수</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>변경 내용</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>차수별 스냅숏(등급·갈등단계·주요쟁점·향후 전망)을 직전 차수와 비교합니다.</source>
        <translation>Compares each round&apos;s snapshot (grade, conflict stage, main issues, outlook) with the previous round.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}건 변경</source>
        <translation>{0} changes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>아직 차수별 기록이 없습니다.</source>
        <translation>No round history yet.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../conflictdesk/ui/import_wizard.py" line="-169"/>
        <source>스프레드시트 (*.xlsx *.csv);;엑셀 (*.xlsx);;CSV (*.csv);;모든 파일 (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+359"/>
        <source>사업 목록 가져오기</source>
        <translation>Import project list</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>다음(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 이전(&amp;P)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>마침</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/mediation_council_records.py" line="+216"/>
        <location line="+12"/>
        <source>합의사항</source>
        <translation>Agreement item</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>담당</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>완료일</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>기한 지정</source>
        <translation>Set due date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>완료일 지정</source>
        <translation>Set completion date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>새 합의사항</source>
        <translation>New agreement item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>합의사항 저장</source>
        <translation>Save agreement item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>내용</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>합의사항 삭제</source>
        <translation>Delete agreement item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>선택한 합의사항을 삭제할까요?</source>
        <translation>Delete the selected agreement item?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../conflictdesk/ui/main_window.py" line="+52"/>
        <source>대시보드</source>
        <extracomment>(key, navigation label (translated when shown), factory). Order = navigation order = Ctrl+1 … Ctrl+9 (settings last).</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업·진단</source>
        <translation>Projects &amp; diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등관리카드</source>
        <translation>Conflict card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>정기점검</source>
        <translation>Half-yearly review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>조정·협의회</source>
        <translation>Mediation &amp; councils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교육·예산</source>
        <translation>Training &amp; budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>보고서</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공론화</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>갈등관리 데스크 — {display_name}</source>
        <extracomment>What every panel is built with: the database, this window&apos;s one bus, the one clock, the settings.</extracomment>
        <translation>ConflictDesk — {display_name}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>데이터 파일: {display_name}</source>
        <translation>Data file: {display_name}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>정기점검 화면에서 기한 임박·지연 목록 보기</source>
        <translation>Show reviews due soon or overdue in Half-yearly reviews</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>점검 기한 임박 {soon}건 · 지연 {late}건</source>
        <translation>Reviews due soon: {soon} · overdue: {late}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>파일(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업 목록 가져오기(&amp;I)…</source>
        <translation>&amp;Import project list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>가져오기 서식 저장(&amp;T)…</source>
        <translation>Save import &amp;template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>부서별 작성 파일 만들기(&amp;H)…</source>
        <translation>Make department &amp;workbooks…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>부서 작성 파일 가져오기(&amp;N)…</source>
        <translation>Take i&amp;n department workbooks…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>새로 고침(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>달력 내보내기(&amp;C)…</source>
        <translation>Export &amp;calendar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>종료(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>보기(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>검색(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>데모 데이터 만드는 중…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>도움말(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사용자 안내(&amp;G)</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>단축키(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>정보(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>사업 {shown:,} / {total:,}건</source>
        <translation>Projects {shown:,} / {total:,}</translation>
    </message>
</context>
<context>
    <name>MediationPanel</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/mediation.py" line="+28"/>
        <source>전문가</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>배정</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>수당</source>
        <translation>Allowances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>협의회</source>
        <translation>Council</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/deliberation_committee.py" line="-294"/>
        <location filename="../../conflictdesk/ui/panels/mediation_council_records.py" line="-244"/>
        <location line="+22"/>
        <source>회의일</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>회의명</source>
        <translation>Meeting name</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>논의 안건</source>
        <translation>Items discussed</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>출석 / 재직</source>
        <translation>Present / in office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>정족수</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>의결</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회의</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>예: 제1차 정기회의</source>
        <translation>e.g. 1st regular meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>모두 출석</source>
        <translation>All present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>새 회의(&amp;N)</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>회의 저장(&amp;S)</source>
        <translation>&amp;Save meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>회의일(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>출석 (그날 재직 위원)</source>
        <translation>Present (members in office that day)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>충족</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>미달</source>
        <translation>not met</translation>
    </message>
    <message>
        <location line="+36"/>
        <source> (위원장)</source>
        <translation> (chair)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>출석 {present}명 / 재직 {n}명 — 과반 {needed}명: {state}</source>
        <translation>{present} present / {n} in office — majority {needed}: {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>정족수 충족</source>
        <translation>quorum met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>정족수 미달 (의결 불가)</source>
        <translation>no quorum (cannot decide)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} 회의와 출석 기록을 삭제할까요?</source>
        <translation>Delete the meeting {0} and its attendance?</translation>
    </message>
    <message>
        <location filename="../../conflictdesk/ui/panels/mediation_council_records.py" line="-22"/>
        <location line="+23"/>
        <source>장소</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+43"/>
        <source>공개</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+24"/>
        <source>참석자</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>공개 회의</source>
        <translation>Public meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>공개 동의 (당사자 대표)</source>
        <translation>Consent to publish (party representatives)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>새 회의</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회의 저장</source>
        <translation>Save meeting</translation>
    </message>
    <message>
        <location filename="../../conflictdesk/ui/panels/deliberation_committee.py" line="-114"/>
        <location line="+113"/>
        <location filename="../../conflictdesk/ui/panels/mediation_council_records.py" line="+2"/>
        <location line="+100"/>
        <source>회의 삭제</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../conflictdesk/ui/panels/mediation_council_records.py" line="-99"/>
        <source>회의 내용</source>
        <translation>Meeting content</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>회의록</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>비공개</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} 동의</source>
        <translation>{label} consents</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>당사자 대표 위원이 없어 공개 동의를 받을 수 없습니다 (회의는 비공개).</source>
        <translation>No party representative on the council, so no consent to publish can be given (the meeting is closed).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done}/{total}명 동의 — </source>
        <translation>{done}/{total} consented — </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공개 가능</source>
        <translation>May be published</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>전원이 동의해야 공개할 수 있습니다</source>
        <translation>All must consent before it can be published</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>비공개로 저장</source>
        <translation>Save as closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>당사자 대표 전원이 공개에 동의하지 않아 비공개 회의로 저장합니다. 계속할까요?</source>
        <translation>Not all party representatives consented to publish, so the meeting is saved as closed. Continue?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>선택한 회의 기록을 삭제할까요?</source>
        <translation>Delete the selected meeting record?</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/mediation_council.py" line="-134"/>
        <source>역할</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../conflictdesk/ui/panels/deliberation_committee.py" line="-338"/>
        <source>기준일(&amp;O)</source>
        <translation>&amp;On</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../conflictdesk/ui/panels/mediation_council.py" line="-4"/>
        <location line="+10"/>
        <source>소속</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>위원</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+36"/>
        <source>구분</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>당연직·위촉</source>
        <translation>Ex officio / appointed</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+39"/>
        <source>임기 시작</source>
        <translation>Term start</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <location line="+127"/>
        <source>임기 종료</source>
        <translation>Term end</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+78"/>
        <source>위원장</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>재직</source>
        <translation>In office</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>정함</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>새 위원(&amp;N)</source>
        <translation>&amp;New member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>위원 저장(&amp;S)</source>
        <translation>&amp;Save member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>위원장 지정</source>
        <translation>Make chair</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+152"/>
        <source>위원 삭제</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>임기 종료(&amp;E)</source>
        <translation>&amp;End term</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>고른 위원의 임기를 왼쪽 날짜(마지막 재직일)로 끝냅니다 (사임·해촉·임기 만료).</source>
        <translation>Ends the chosen member&apos;s term on the date at the left (last day in office: resignation, dismissal, end of appointment).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>성명(&amp;A)</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>소속·직위</source>
        <translation>Affiliation / position</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>마지막 재직일</source>
        <translation>Last day in office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>재직 위원은 어느 날이든 최대 {0}명입니다. 조례 구성: 갈등관리전문가 5 · 시민단체 4 · 시의원 3 · 공무원 3 (당연직 3, 위촉 12).</source>
        <translation>At most {0} members in office on any day. The ordinance: conflict management experts 5 · civic groups 4 · city councillors 3 · officials 3 (ex officio 3, appointed 12).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{day} 재직 {n}명 / 최대 {cap}명 — {kinds} · 위원장 {chair}</source>
        <translation>{day}: {n} in office / at most {cap} — {kinds} · chair {chair}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>없음</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ 조례의 구성과 다릅니다: {0}</source>
        <translation>⚠ Differs from the ordinance: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {actual}명(조례 {expected}명)</source>
        <translation>{label} {actual} (ordinance {expected})</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{name} 위원의 임기를 {day}에 끝낼까요?</source>
        <translation>End {name}&apos;s term on {day}?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} 위원을 삭제할까요? 잘못 입력한 위원만 삭제하세요. 물러난 위원은 임기를 끝내세요.</source>
        <translation>Delete member {0}? Delete only a member entered by mistake; for a member who left, end the term.</translation>
    </message>
    <message>
        <location filename="../../conflictdesk/ui/panels/mediation_council.py" line="-10"/>
        <source>대표하는 측</source>
        <translation>Side represented</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>대표하는 측 (당사자 대표)</source>
        <translation>Side represented (party representatives)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위원 추가(&amp;M)</source>
        <translation>Add &amp;member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>선택 위원 해촉</source>
        <translation>Dismiss selected member</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> — 정원이 찼습니다</source>
        <translation> — council is full</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>위원 {n} / {max}명{full} · 위원장: {chair}</source>
        <translation>Members {n} / {max}{full} · chair: {chair}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(없음)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>위원 해촉</source>
        <translation>Dismiss member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>선택한 위원을 해촉할까요?</source>
        <translation>Dismiss the selected member?</translation>
    </message>
</context>
<context>
    <name>ObligationsView</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/obligations_view.py" line="+58"/>
        <location line="+2"/>
        <source>담당부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>1등급</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2등급</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3등급</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>미확정</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>카드 미비</source>
        <translation>Card incomplete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>계획 미비</source>
        <translation>Plan missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전문가 미배정</source>
        <translation>No expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업코드</source>
        <translation>Project code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>사업명</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>확정등급</source>
        <translation>Confirmed grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>미이행 의무</source>
        <translation>Unmet obligations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>미이행 사업만(&amp;M)</source>
        <translation>Only projects with un&amp;met obligations</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;{round_code}&lt;/b&gt; 중점관리(1·2등급) {key:,}건 중 의무 미이행 사업 {missing:,}건 ({0} 기준)</source>
        <translation>&lt;b&gt;{round_code}&lt;/b&gt;: {missing:,} of {key:,} priority (grade 1–2) projects have unmet obligations (as of {0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{grade}등급</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>미진단</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>결정 대기</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>카드·대응계획 작성 기한 {due}</source>
        <translation>Card and plan due {due}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../conflictdesk/ui/card_tabs.py" line="-257"/>
        <source>예: 환경, 교통, 개발, 복지</source>
        <translation>e.g. environment, traffic, development, welfare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>미정</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>향후 전망: 갈등이 어떻게 전개될지, 언제 무엇이 고비인지</source>
        <translation>Outlook: how the conflict may develop, when and what the critical points are</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>종결</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>종결 사유</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>갈등유형</source>
        <translation>Conflict type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>분야</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업단계</source>
        <translation>Project phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사회적 영향</source>
        <translation>Social impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>향후 전망</source>
        <translation>Outlook</translation>
    </message>
</context>
<context>
    <name>PanelDrawTab</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/deliberation_draw.py" line="+48"/>
        <source>시민참여단</source>
        <extracomment>Problems listed in the refused-files message.</extracomment>
        <translation>Citizens&apos; panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>청소년참여단</source>
        <translation>Youth panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>신청번호와 구분별 열(권역, 성별, 연령대 …)이 있는 엑셀·CSV</source>
        <translation>Excel/CSV with the applicant number and a column per category (region, sex, age group …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>구분, 값, 최소, 최대가 있는 엑셀·CSV</source>
        <translation>Excel/CSV with the Korean headers of category, value, min and max</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>인구 비례(&amp;O)</source>
        <translation>By p&amp;opulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>할당 파일 대신 인구표(구분, 값, 인구)를 골라 규모 × 비율에 맞춘 할당을 씁니다.</source>
        <translation>Choose a population table (category, value, population) instead of a quotas file: the quotas follow size × share.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>명</source>
        <translation> people</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>찾아보기…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>같은 신청자·할당·규모·시드는 언제나 같은 참여단을 뽑습니다. 공개 추첨에서 정한 수를 넣으세요.</source>
        <translation>The same applicants, quotas, size and seed always draw the same panel. Enter the number chosen at the public draw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>미리 추첨(&amp;D)</source>
        <translation>Preview &amp;draw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>추첨 기록(&amp;R)</source>
        <translation>&amp;Record draw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>재현 확인(&amp;V)</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>기록한 추첨을 같은 파일과 기록된 규모·시드로 다시 뽑아 같은 참여단인지 확인합니다.</source>
        <translation>Draw the recorded panel again from the same files with the recorded size and seed, and check it is the same panel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>안건</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>참여단</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+63"/>
        <source>신청자 파일</source>
        <translation>Applicants file</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+58"/>
        <source>할당 파일</source>
        <translation>Quotas file</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>시드(&amp;E)</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>규모</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>탈락한 위원의 신청번호 (표에서 고르면 채워짐)</source>
        <translation>Number of the member who dropped out (choose in the table to fill)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>탈락 사유</source>
        <translation>Reason for dropping out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>대체자는 할당(최소·최대)을 모두 지키는 미선정 신청자 중에서 이 시드로 뽑습니다.</source>
        <translation>The replacement is drawn with this seed among the applicants never selected who keep every quota (min/max).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대체 미리 추첨</source>
        <translation>Preview replacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+114"/>
        <source>탈락·대체 기록</source>
        <translation>Record drop-out and replacement</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>시드</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>중도 탈락·대체</source>
        <translation>Drop-out and replacement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>구분</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>값</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>최소</source>
        <translation>Min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>최대</source>
        <translation>Max</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+80"/>
        <source>선정</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>충족</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>신청번호</source>
        <translation>Applicant no.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>엑셀·CSV (*.xlsx *.csv)</source>
        <translation>Excel/CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>기록된 추첨이 없습니다. 파일을 고르고 미리 추첨한 뒤 기록하세요.</source>
        <translation>No draw recorded. Choose the files, preview the draw, then record it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>기록됨</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>미리보기 (저장하지 않음)</source>
        <translation>Preview (not saved)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{state} · {n}명 선정 · 시드 {seed} · {algorithm} (sortition-algorithms {version}) · 입력 해시 {digest}… · 최저 선정확률 {low:.2%}</source>
        <translation>{state} · {n} selected · seed {seed} · {algorithm} (sortition-algorithms {version}) · input hash {digest}… · lowest probability {low:.2%}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>선정확률</source>
        <translation>Probability</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>결과</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>탈락 {0}</source>
        <translation>Dropped out {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>선정 ({0} 대체)</source>
        <translation>Selected (replaces {0})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>대체 추첨</source>
        <translation>Replacement draw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>안건과 탈락한 위원의 신청번호를 고르세요.</source>
        <translation>Choose the item and the number of the member who dropped out.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} 위원의 탈락과 대체자를 기록할까요? 기록은 바꿀 수 없고 감사 기록에 남습니다.</source>
        <translation>Record that {0} dropped out and the replacement? The record cannot be changed and is audited.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>기록함</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} · 탈락 {dropped} → 대체 {replacement} · 시드 {seed} · 할당을 지키는 후보 {n}명 중 추첨</source>
        <translation>{state} · dropped out {dropped} → replacement {replacement} · seed {seed} · drawn among {n} applicants who keep the quotas</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>재현 확인</source>
        <translation>Verify draw</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>재현되었습니다: 같은 입력과 시드 {seed}에서 같은 참여단 {n}명이 뽑혔습니다.</source>
        <translation>Reproduced: the same inputs and seed {seed} drew the same panel of {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>재현되지 않았습니다: 고른 파일이 기록한 추첨의 입력과 다릅니다 (입력 해시 {0}… ≠ {1}…).</source>
        <translation>Not reproduced: the chosen files differ from the recorded draw&apos;s inputs (input hash {0}… ≠ {1}…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>재현되지 않았습니다: 같은 입력에서 다른 참여단이 뽑혔습니다 (라이브러리 {0}, 기록 {1}).</source>
        <translation>Not reproduced: the same inputs drew a different panel (library {0}, recorded {1}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>재현 확인 중</source>
        <translation>Verifying the draw</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>시민참여단 추첨</source>
        <translation>Citizens&apos; panel draw</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>안건, 신청자 파일, 할당 파일을 고르세요.</source>
        <translation>Choose the item, the applicants file and the quotas file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>추첨 기록</source>
        <translation>Record draw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 안건의 참여단으로 기록할까요? 기록한 추첨은 바꿀 수 없고 감사 기록에 남습니다.</source>
        <translation>Record this as the item&apos;s panel? A recorded draw cannot be changed and is kept in the audit trail.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>행 {row}, {column}: {message}</source>
        <translation>Row {row}, {column}: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>추첨하지 않았습니다</source>
        <translation>Not drawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}에 문제가 {0}건 있어 추첨하지 않았습니다.

{lines}</source>
        <translation>{file} has {0} problem(s); nothing was drawn.

{lines}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>시민참여단 추첨 중</source>
        <translation>Drawing the citizens&apos; panel</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/pdf_preview.py" line="+38"/>
        <source>미리보기 — {title}</source>
        <translation>Preview — {title}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>쪽 번호</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/ {0}쪽</source>
        <translation>/ {0} pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ 이전 쪽</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>다음 쪽 ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>축소</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>확대</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>폭 맞춤</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>쪽 맞춤</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>인쇄…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>용지 미리보기…</source>
        <translation>Paper preview…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>인쇄 작업을 보냈습니다 ({pages}쪽).</source>
        <translation>Print job sent ({pages} pages).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>인쇄를 취소했습니다.</source>
        <translation>Printing cancelled.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../conflictdesk/ui/plan_editor.py" line="+64"/>
        <source>그 밖의 도구 (쉼표로 구분)</source>
        <translation>Other tools (comma-separated)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>예: 도시계획과, 도로과</source>
        <translation>e.g. Urban Planning, Roads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>예: 3,000만원, 1.5억원 (숫자만 쓰면 백만원 단위)</source>
        <translation>e.g. 30 or 1500 (a plain number is in millions of won)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>조치항목</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>담당</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>완료일</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>추진배경·현황</source>
        <translation>Background &amp; current state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>목표</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전략·도구</source>
        <translation>Strategy &amp; tools</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>전략 설명</source>
        <translation>Strategy description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>협업부서</source>
        <translation>Partner departments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위험요인</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대안(차선책)</source>
        <translation>Alternative (fallback)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;조치항목&lt;/b&gt;</source>
        <translation>&lt;b&gt;Action items&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (지연)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;⚠ 기한 지난 항목 {late}건&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;⚠ {late} item(s) past due&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../conflictdesk/ui/import_wizard.py" line="-170"/>
        <source>미리보기</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>파일의 모든 행입니다. 문제가 있는 칸은 빨간색이며, 칸에 마우스를 올리면 이유가 보입니다.</source>
        <translation>All rows of the file. Cells with problems are red; hover over a cell to see why.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>다시 읽기(&amp;L)</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>가져오기(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>파일을 읽는 중…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>파일 읽는 중</source>
        <translation>Reading file</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: 문제 {0:,}건 — 하나라도 있으면 아무것도 가져오지 않습니다. 파일을 고친 뒤 [다시 읽기]를 누르세요.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {0:,} problem(s) — if there is any, nothing is imported. Fix the file, then press [Reload].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>문제 없음</source>
        <translation>No problems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>확인 필요: {0}</source>
        <translation>To check: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({0:,}행): {1}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({0:,} rows): {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>파일을 읽지 못했습니다.</source>
        <translation>Could not read the file.</translation>
    </message>
</context>
<context>
    <name>ProcessTab</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/deliberation_process.py" line="+90"/>
        <source>안건(&amp;I)</source>
        <extracomment>Colour of a 권역 gap and of an overdue recommendation. The attendance box&apos;s value meaning &quot;not recorded&quot;.</extracomment>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>공론화 예산의 연도</source>
        <translation>The year of the deliberation budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추진 시작(&amp;G)</source>
        <translation>Be&amp;gin the process</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>단계마다 계획할 행사를 만들고, 권역별 공론장은 권역마다 하나씩 만듭니다.</source>
        <translation>Makes an event to plan for every phase, and a regional forum for every region.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>일정·참석(&amp;T)</source>
        <translation>Schedule and a&amp;ttendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산(&amp;U)</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고안 이행(&amp;K)</source>
        <translation>&amp;Recommendations</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <location line="+28"/>
        <source>단계</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+14"/>
        <source>예정</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>실시</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>참석</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+3"/>
        <location line="+28"/>
        <source>행사</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>권역</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>예정일</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>실시일</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>장소</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>비우면 단계 이름</source>
        <translation>Empty: the phase&apos;s name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>실시함</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>미기록</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>명</source>
        <translation> people</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>새 행사(&amp;N)</source>
        <translation>&amp;New event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>행사 저장(&amp;S)</source>
        <translation>&amp;Save event</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+305"/>
        <source>행사 삭제</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>행사명</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>참석 인원</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>쉼표로 구분합니다. 이 추진의 권역이자 새 추진의 기본 권역(설정)이 됩니다.</source>
        <translation>Separated by commas. They become this process&apos;s regions and the default regions of new processes (a setting).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권역 저장</source>
        <translation>Save regions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권역 (권역별 공론장)</source>
        <translation>Regions (regional forums)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>분기</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>계획</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>집행</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>잔액</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>누적 잔액</source>
        <translation>Cumulative remaining</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>계획 저장(&amp;L)</source>
        <translation>Save p&amp;lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산·분기별 계획</source>
        <translation>Budget &amp; quarterly plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>예산 연도</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연간 예산</source>
        <translation>Annual budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}분기 계획</source>
        <translation>Q{0} plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>집행 기록</source>
        <translation>Record spending</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>집행 기록(&amp;B)</source>
        <translation>&amp;Book spending</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>집행일</source>
        <translation>Spent on</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>내용</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>일자</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>선택한 집행 삭제</source>
        <translation>Delete the selected spending</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>권고</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>시 답변</source>
        <translation>City&apos;s answer</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>담당</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>완료일</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+152"/>
        <source>답변 전</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>일부 수용·불수용은 필수</source>
        <translation>Required for partly accepted and not accepted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>담당 부서·직위</source>
        <translation>Responsible department or post</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>완료</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>새 권고(&amp;W)</source>
        <translation>Ne&amp;w recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고 저장(&amp;V)</source>
        <translation>Sa&amp;ve recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+307"/>
        <source>권고 삭제</source>
        <translation>Delete recommendation</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>권고와 시의 답변</source>
        <translation>Recommendation and the city&apos;s answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>권고 내용</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>이행 상태</source>
        <translation>Implementation status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>기한이 있는 권고는 정기점검의 알림과 달력(.ics)에 나옵니다. 불수용은 이행하지 않으므로 취소로 기록됩니다.</source>
        <translation>A recommendation with a due date appears in the review reminders and the calendar (.ics). One not accepted is not implemented and is recorded as dropped.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>추진 중</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>시작 전</source>
        <translation>not started</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>공론화위원회가 실시로 결정한 안건이 없습니다. 심의대상 안건 탭에서 결정을 기록하세요.</source>
        <translation>No item was decided for deliberation by the committee. Record the decision in the agenda tab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>이 안건의 공론화 추진이 아직 시작되지 않았습니다. 예산 연도를 고르고 &apos;추진 시작&apos;을 누르세요. 권역별 공론장은 권역마다 하나씩 만듭니다: {0}</source>
        <translation>This item&apos;s deliberation process has not started. Choose the budget year and press &apos;Begin the process&apos;. A regional forum is made for every region: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{year}년 · 행사 {events}건 · 참석 {people:,}명 · 예산 {budget} 중 집행 {spent} · 권고 {recs}건 (지연 {late}건)</source>
        <translation>{year} · {events} events · {people:,} attended · {spent} spent of {budget} · {recs} recommendations ({late} overdue)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>권역별 공론장 빈칸: {0}</source>
        <translation>Regions without a regional forum: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>권역별 공론장: 모든 권역({0}개)에 계획·실시됨</source>
        <translation>Regional forums: planned or held in every region ({0})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{0}분기</source>
        <translation>Q{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>합계</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>지연</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&apos;{0}&apos; 행사를 삭제할까요?</source>
        <translation>Delete the event &apos;{0}&apos;?</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>예산 초과</source>
        <translation>Over budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>그래도 집행을 기록할까요?</source>
        <translation>Record the spending anyway?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>집행 삭제</source>
        <translation>Delete spending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>선택한 집행 기록을 삭제할까요?</source>
        <translation>Delete the selected spending?</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>권고 {0}을(를) 삭제할까요?</source>
        <translation>Delete recommendation {0}?</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/programme.py" line="+21"/>
        <source>교육(&amp;T)</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산(&amp;U)</source>
        <translation>B&amp;udget</translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/projects.py" line="+68"/>
        <source>진단 차수 (기준·등급·단계를 보여줄 차수)</source>
        <translation>Diagnosis round (whose criteria, grades and stages are shown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>차수 열기…</source>
        <translation>Open round…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>진단기준 다시 적용</source>
        <translation>Re-apply screening criteria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>차수에 저장된 기준으로 모든 사업을 다시 선별합니다 (등급은 그대로).</source>
        <translation>Screens every project again with the criteria stored in the round (grades stay).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대상 추가·교체…</source>
        <translation>Add or swap target…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>차수 중에 진단대상을 추가하거나 다른 사업으로 교체합니다 (사유 필수).</source>
        <translation>Add a diagnosis target during the round or swap it for another project (reason required).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사전 갈등검토목록 만들기…</source>
        <translation>Make pre-review checklist…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>고른 사업(또는 그 부서의 모든 사업)의 갈등진단표를 부서에 보낼 검토목록(엑셀·PDF·한/글)으로 만듭니다.</source>
        <translation>Makes the diagnosis checklist of the chosen project (or of every project of its department) as a checklist to send to the department (Excel, PDF, Hangul).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>검토목록 현황…</source>
        <translation>Checklist status…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>보낸 사전 갈등검토목록의 회신 현황: 회신 대기, 기한 경과(빨강), 회신·반영</source>
        <translation>Replies to the pre-review checklists sent: awaited, overdue (red), taken in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>사업명·사업코드·담당부서 검색 (Ctrl+F)</source>
        <translation>Search project name, code, department (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>지연 사업만</source>
        <translation>Overdue projects only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>정기점검·대응계획·합의사항 이행이 기한을 넘긴 사업만 보기</source>
        <translation>Show only projects whose review, plan actions or agreement items are past due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>진단 차수(&amp;R)</source>
        <translation>Diagnosis &amp;round</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>사업 목록</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진단 선별</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>의무 이행</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>이월 사업</source>
        <translation>Carried cases</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&lt;b&gt;갈등관리 데스크를 시작합니다&lt;/b&gt; — 이 데이터 파일에는 아직 사업이 없습니다. 이 순서로 시작하세요.</source>
        <translation>&lt;b&gt;Getting started&lt;/b&gt; — this data file holds no projects yet. Start in this order.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>① 내 이름 입력 (설정)</source>
        <translation>① Enter your name (Settings)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>② 부서에 보낼 서식 저장…</source>
        <translation>② Save the template for departments…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>③ 받은 사업 목록 가져오기… (Ctrl+I)</source>
        <translation>③ Import the returned project list… (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>또는 데모 데이터로 연습</source>
        <translation>Or practise with demo data</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>차수 열기</source>
        <translation>Open round</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>열 진단 차수 (YYYY-1 상반기, YYYY-2 하반기):</source>
        <translation>Round to open (YYYY-1 first half, YYYY-2 second half):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{code} 차수 열기</source>
        <translation>Open round {code}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{code} 진단기준 적용</source>
        <translation>Apply screening criteria to {code}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>사전 갈등검토목록</source>
        <translation>Pre-review checklist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>먼저 사업 목록에서 사업을 고르세요.</source>
        <translation>Choose a project in the project list first.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>사업이 없습니다. 파일 → 사업 목록 가져오기(Ctrl+I)로 부서에서 받은 목록을 가져오세요.</source>
        <translation>No projects. Import the lists from departments with File → Import project list (Ctrl+I).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>검색어·필터에 맞는 사업이 없습니다. 낱말마다 코드·사업명·부서 중 한 곳에 있으면 찾습니다 (초성 검색 가능).</source>
        <translation>No project matches the search or filter. Each word must appear in the code, name or department.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown:,} / {total:,}건</source>
        <translation>{shown:,} / {total:,}</translation>
    </message>
</context>
<context>
    <name>QuarterBars</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/mediation_allowances.py" line="-169"/>
        <source>{quarter}분기 {0:.0%}</source>
        <translation>Q{quarter} {0:.0%}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{quarter}분기</source>
        <translation>Q{quarter}</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/reports.py" line="+39"/>
        <source>갈등관리카드 (PDF)</source>
        <translation>Conflict card (PDF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>조정 결과 보고서 (PDF)</source>
        <translation>Mediation outcome report (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>등급 현황·진단 결과 (PDF)</source>
        <translation>Grades &amp; diagnosis results (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>등급 현황 (XLSX)</source>
        <translation>Grade summary (XLSX)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>보고서</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>이름·연락처를 가리지 않음 (출력 기록이 감사 이력에 남습니다)</source>
        <translation>Do not mask names and contacts (the export is recorded in the audit trail)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>진단 차수(&amp;R)</source>
        <translation>Diagnosis &amp;round</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>보고서(&amp;K)</source>
        <translation>Report &amp;kind</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>갈등관리 종합계획 (안) — 연도별 (PDF·HWPX)</source>
        <translation>Conflict management plan (draft) — by year (PDF, HWPX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연간 갈등관리 결과 — 연도별 (PDF·HWPX·XLSX)</source>
        <translation>Annual conflict management results — by year (PDF, HWPX, XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 문서</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>한/글 문서 (HWPX)</source>
        <translation>Hangul document (HWPX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 통합문서 (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>종합계획은 그 해의 계획과 전년도 결과를, 연간 결과는 그 해의 결과를 담습니다.</source>
        <translation>The plan holds the year&apos;s plan and the previous year&apos;s results; the annual report holds the year&apos;s results.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>사업(1·2등급)(&amp;P)</source>
        <translation>Pro&amp;ject (grade 1–2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>연도(&amp;Y)</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>형식(&amp;T)</source>
        <translation>File &amp;type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>저장(&amp;S)…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>미리보기(&amp;V)</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>인쇄(&amp;I)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1·2등급 카드 일괄 저장(&amp;B)…</source>
        <translation>&amp;Batch: save all grade 1–2 cards…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>한 파일로도 묶기(&amp;J) — 인쇄용, 사업별 책갈피</source>
        <translation>Also &amp;join into one file — for printing, a bookmark per project</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>카드별 파일과 함께 모든 카드를 순서대로 담은 PDF 한 개를 만듭니다.</source>
        <translation>Besides one file per card, makes one PDF holding every card in order.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>만든 PDF를 쪽 넘김·확대와 함께 화면에서 봅니다 (파일로 남기지 않습니다).</source>
        <translation>Shows the PDF on screen with paging and zoom (no file is saved).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시스템 인쇄 대화상자에서 프린터와 쪽 범위를 골라 인쇄합니다.</source>
        <translation>Prints through the system print dialog, where you choose the printer and the page range.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>갈등관리카드_{code}.pdf</source>
        <translation>conflict_card_{code}.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>조정결과보고서_{code}.pdf</source>
        <translation>mediation_report_{code}.pdf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>등급현황_{round_code}{suffix}</source>
        <translation>grade_summary_{round_code}{suffix}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>연간갈등관리결과_{year}{suffix}</source>
        <translation>annual_conflict_results_{year}{suffix}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등관리종합계획_{year}{suffix}</source>
        <translation>conflict_management_plan_{year}{suffix}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+82"/>
        <location line="+18"/>
        <source>{title} 만드는 중…</source>
        <translation>Creating {title}…</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Excel 통합문서 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 문서 (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>한/글 문서 (*.hwpx)</source>
        <translation>Hangul document (*.hwpx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+37"/>
        <source>보고서 저장</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>저장했습니다: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>미리보기·인쇄를 할 수 없습니다: QtPdf가 없습니다. &apos;저장&apos;은 쓸 수 있습니다.</source>
        <translation>Preview and printing are unavailable: QtPdf is missing. &apos;Save&apos; still works.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>미리보기</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>미리보기: {name} ({0}쪽)</source>
        <translation>Preview: {name} ({0} pages)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>인쇄 준비</source>
        <translation>Preparing to print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>인쇄</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>인쇄 중…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>인쇄를 취소했습니다.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>인쇄 작업을 보냈습니다 ({pages}쪽).</source>
        <translation>Print job sent ({pages} pages).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>카드를 저장할 폴더</source>
        <translation>Folder for the cards</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>갈등관리카드 일괄 저장</source>
        <translation>Save all conflict cards</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{done}건 저장</source>
        <translation>{done} saved</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (취소됨)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등관리카드 {done}/{total}건을 저장했습니다{cancelled}: {folder}</source>
        <translation>Saved {done}/{total} conflict cards{cancelled}: {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>인쇄용 한 파일(사업별 책갈피): {name}</source>
        <translation>One file for printing (a bookmark per project): {name}</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../conflictdesk/ui/import_wizard.py" line="+22"/>
        <source>가져오기</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>가져오는 중…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업 목록 가져오는 중</source>
        <translation>Importing project list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>확인 필요: {0}</source>
        <translation>To check: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>가져왔습니다: {0}
({seconds:.1f}초)</source>
        <translation>Imported: {0}
({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>가져오지 못했습니다. 아무것도 바뀌지 않았습니다.
{message}</source>
        <translation>Import failed. Nothing was changed.
{message}</translation>
    </message>
    <message>
        <location filename="../../conflictdesk/ui/panels/mediation_council_records.py" line="+13"/>
        <source>(아직 없음)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>작성일 지정</source>
        <translation>Set date written</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>결과문 저장</source>
        <translation>Save outcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>작성일</source>
        <translation>Written on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>내용</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>적법성·공익성 검토</source>
        <translation>Legality &amp; public-interest review</translation>
    </message>
</context>
<context>
    <name>ReviewFormDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/review_form.py" line="+54"/>
        <source>정기점검 기록 — {code} {name}</source>
        <translation>Half-yearly review record — {code} {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({code}) · {department} · {round} {0}등급 · 마감 {due:%Y-%m-%d}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({code}) · {department} · {round} grade {0} · due {due:%Y-%m-%d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {done_on:%Y-%m-%d} 완료</source>
        <translation> · done {done_on:%Y-%m-%d}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>점검자 이름 (설정에 내 이름을 넣으면 자동으로 채워집니다)</source>
        <translation>Reviewer&apos;s name (filled in when your name is set in Settings)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>점검 결과: 대응계획 이행 상황, 갈등 동향, 조치 필요 사항</source>
        <translation>Review findings: progress of the response plan, conflict trends, actions needed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>권고 없음</source>
        <translation>No recommendation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{g}등급</source>
        <translation>Grade {g}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>점검일(&amp;D)</source>
        <translation>Review &amp;date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점검자(&amp;R)</source>
        <translation>&amp;Reviewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (현재 카드: {0})</source>
        <translation> (current card: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등단계(&amp;S){stage_hint}</source>
        <translation>Conflict &amp;stage{stage_hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다음 차수 권고 등급(&amp;G)</source>
        <translation>Recommended &amp;grade for the next round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점검 결과(&amp;F)</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>항목</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+52"/>
        <source>기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>현재 상태</source>
        <translation>Current status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>이행 상태</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>대응계획</source>
        <translation>Response plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>합의사항</source>
        <translation>Agreement item</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>점검 완료 저장</source>
        <translation>Save as reviewed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>대응계획·합의사항 이행 점검 (완료로 표시하면 점검일자로 완료 처리됩니다)</source>
        <translation>Follow-up of response plan and agreement items (items marked done are completed on the review date)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>공론화 권고안 이행 (이 사례에서 회부한 공론화 안건; 공론화 → 추진 탭에서 고칩니다)</source>
        <translation>Deliberation recommendations (items referred from this case; edited in Deliberation → Process)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>공론화 안건</source>
        <translation>Deliberation item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>권고</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>내용</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>시 답변</source>
        <translation>City&apos;s answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>담당</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>이행</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>답변 전</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지연</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>ReviewRuleDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/review_rule_dialog.py" line="+58"/>
        <source>점검 마감 규칙</source>
        <translation>Review deadline rule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1월 (기본)</source>
        <translation>January (default)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7월 (기본)</source>
        <translation>July (default)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>일</source>
        <translation> (day of month)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>일 전부터 알림</source>
        <translation> days ahead: remind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>일 (처음 1·2등급 확정 후)</source>
        <translation> days (after a first grade 1–2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>이름 (예: 시 개청 기념일)</source>
        <translation>Name (e.g. city foundation day)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추가</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>선택 삭제</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{round_code} 차수의 미완료 점검 마감일도 새 규칙으로 다시 계산</source>
        <translation>Also recompute the deadlines of open reviews in round {round_code} with the new rule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>상반기 점검 월</source>
        <translation>First-half review month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>하반기 점검 월</source>
        <translation>Second-half review month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>마감일 규칙</source>
        <translation>Deadline rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지정일</source>
        <translation>Fixed day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>알림 기간</source>
        <translation>Reminder period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>카드·대응계획 작성 기한</source>
        <translation>Card and plan deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>미리 보기</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>추가 휴일 (공휴일·대체공휴일 외에 시가 정한 쉬는 날)</source>
        <translation>Extra holidays (city days off besides public and substitute holidays)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>월</source>
        <comment>weekday</comment>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>화</source>
        <comment>weekday</comment>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>수</source>
        <comment>weekday</comment>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>목</source>
        <comment>weekday</comment>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>금</source>
        <comment>weekday</comment>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>토</source>
        <comment>weekday</comment>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>일</source>
        <comment>weekday</comment>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rid} 차수 점검 마감: {due:%Y-%m-%d} ({weekday})</source>
        <translation>Round {rid} review deadline: {due:%Y-%m-%d} ({weekday})</translation>
    </message>
</context>
<context>
    <name>ReviewsPanel</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/reviews.py" line="+108"/>
        <location line="+11"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>사업</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>내용</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>담당부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>기한이 다가오거나 지난 점검·조치가 없습니다.</source>
        <translation>No review or action is due soon or overdue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>점검 기록(&amp;E)…</source>
        <translation>R&amp;ecord review…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>점검 마감 규칙…</source>
        <translation>Review deadline rule…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>달력 내보내기…</source>
        <translation>Export calendar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>사업코드</source>
        <translation>Project code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>사업명</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>등급</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>마감</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+96"/>
        <source>완료</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>점검자</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>정기점검은 이 차수에 1·2등급으로 확정된 사업마다 생깁니다. 사업·진단에서 등급을 확정하세요.</source>
        <translation>A review is due for every project confirmed at grade 1 or 2 in this round. Confirm grades under Projects &amp; diagnosis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>진단 차수</source>
        <translation>Diagnosis round</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>취소된 점검 포함(&amp;C)</source>
        <translation>Include &amp;cancelled reviews</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>중점관리에서 빠져 취소된 점검(이력)도 사유와 함께 보기</source>
        <translation>Also show reviews cancelled because the case stopped being key (history), with the reason</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>점검 목록</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>달력</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>정기점검</source>
        <translation>Half-yearly review</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>점검 기한 임박 {due_soon_count}건 · 지연 {overdue_count}건 ({as_of} 기준, {days}일 이내)</source>
        <translation>Reviews due soon: {due_soon_count} · overdue: {overdue_count} (as of {as_of}, within {days} days)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}일 지연</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>오늘</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{grade}등급</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>취소: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지연</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>예정</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>달력 내보내기</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>정기점검_{code}.ics</source>
        <translation>half_yearly_reviews_{code}.ics</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>갈등관리 데스크 {code}</source>
        <translation>ConflictDesk {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>달력 일정 {count}건을 내보냈습니다: {path}</source>
        <translation>Exported {count} calendar events: {path}</translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/row_list.py" line="+89"/>
        <source>지정</source>
        <extracomment>(other field, rule): an enum that follows another enum&apos;s choice until the user picks it themselves.</extracomment>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{label}을(를) 입력하세요.</source>
        <translation>Enter {label}.</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../conflictdesk/ui/card_people.py" line="+17"/>
        <source>이름·단체</source>
        <translation>Name / group</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+9"/>
        <source>입장</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>이해관계</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>영향력</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>대표자</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>연락처</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>이름 또는 단체명</source>
        <translation>Name or group</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>개인·단체</source>
        <translation>Person or organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>영향력 (1~5)</source>
        <translation>Influence (1–5)</translation>
    </message>
    <message>
        <location filename="../../conflictdesk/ui/plan_editor.py" line="-99"/>
        <source>조치항목</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>담당</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>완료일</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../conflictdesk/ui/row_list.py" line="+50"/>
        <source>추가…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>편집…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>▲ 위로</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▼ 아래로</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{title} 추가</source>
        <translation>Add {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>추가</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} 편집</source>
        <translation>Edit {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>편집</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>순서 변경</source>
        <translation>Reorder</translation>
    </message>
</context>
<context>
    <name>ScreeningView</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/screening_view.py" line="+42"/>
        <source>진단대상만(&amp;T)</source>
        <translation>Diagnosis &amp;targets only</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>모든 기준</source>
        <translation>All criteria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>부서(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>기준(&amp;C)</source>
        <translation>&amp;Criterion</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>모든 부서</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;{round_code}&lt;/b&gt; 선별 {screened:,}건 · 진단대상 {targets:,}건 &amp;nbsp;|&amp;nbsp; 기준별 해당: {0}</source>
        <translation>&lt;b&gt;{round_code}&lt;/b&gt; screened {screened:,} · targets {targets:,} &amp;nbsp;|&amp;nbsp; by criterion: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>전결권자 확인 필요 {0:,}건</source>
        <translation>Deciding authority to check: {0:,}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0:,} / {1:,}건</source>
        <translation>{0:,} / {1:,}</translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <location filename="../../conflictdesk/ui/search_combo.py" line="+48"/>
        <source>코드·이름 검색 (초성 가능)</source>
        <translation>Search code or name</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/settings.py" line="+53"/>
        <source>비워 두면 로그인 이름 ({actor})</source>
        <translation>Leave empty for the login name ({actor})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> 일 전부터</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+110"/>
        <source>다시 시작하면 적용됩니다</source>
        <translation>Applied at the next start</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>사용자와 알림</source>
        <translation>User &amp; reminders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>사용자 이름 (감사 기록에 남는 이름)</source>
        <translation>User name (as recorded in the audit trail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>점검·조치 기한 알림</source>
        <translation>Reminder of review and action deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>화면 언어 / Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> 백만원</source>
        <translation> million won</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>진단 기준 (새로 여는 차수부터 적용됩니다)</source>
        <translation>Screening criteria (apply from the next round opened)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>예산 기준 (이상이면 해당)</source>
        <translation>Budget threshold (this amount or more)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>적용 기준</source>
        <translation>Criteria applied</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>코드</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>항목</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>가중치</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> % 이상</source>
        <translation> % or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등진단표 (위험 항목 0~3점 × 가중치, 최고점 대비 비율로 권고 등급)</source>
        <translation>Conflict checklist (risk items 0–3 × weight; share of the maximum gives the suggested grade)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1등급:</source>
        <translation>Grade 1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2등급:</source>
        <translation>Grade 2:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>쉼표로 구분합니다. 새로 시작하는 공론화 추진이 이 목록을 가지며(권역마다 권역별 공론장 하나), 이미 시작한 추진의 권역은 공론화 → 추진 탭에서 고칩니다.</source>
        <translation>Separated by commas. A deliberation process started from now on takes this list (one regional forum per region); the regions of a process already started are changed in Deliberation → Process.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>공론화 권역 (새로 시작하는 공론화 추진부터 적용됩니다)</source>
        <translation>Deliberation regions (apply to processes started from now on)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>권역(&amp;G)</source>
        <translation>Re&amp;gions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>설정 저장(&amp;S)</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>되돌리기</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{amount} 이상 예산</source>
        <translation>Budget of {amount} or more</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✓ 설정을 저장했습니다 · {time}&lt;/span&gt; — 새로 여는 진단 차수부터 적용됩니다.</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✓ Settings saved · {time}&lt;/span&gt; — they apply from the next round opened.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/shortcuts.py" line="+19"/>
        <source>화면 이동 (대시보드 … 공론화 Ctrl+8 · 설정 Ctrl+9)</source>
        <translation>Go to a screen (dashboard … deliberation Ctrl+8 · settings Ctrl+9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지금 화면에서 검색 (사업·카드·전문가)</source>
        <translation>Search on the current section (projects, cards, experts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사업 목록 가져오기</source>
        <translation>Import project list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>갈등진단표·갈등관리카드 저장</source>
        <translation>Save the diagnosis form or the conflict card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>되돌리기 (갈등관리카드)</source>
        <translation>Undo (conflict card)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다시 실행 (갈등관리카드)</source>
        <translation>Redo (conflict card)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다음·이전 입력 칸으로 이동 (표에서도 표 밖으로)</source>
        <translation>Next / previous field (also out of a table)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>표·목록에서 사업 고르기</source>
        <translation>Choose a project in a table or list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>고른 사업의 갈등진단표로 이동 · 고른 카드 열기</source>
        <translation>Go to the chosen project&apos;s diagnosis form · open the chosen card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>새로 고침</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사용자 안내</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>단축키 (이 화면)</source>
        <translation>Keyboard shortcuts (this page)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+밑줄 글자</source>
        <translation>Alt+underlined letter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>그 이름의 칸·단추로 바로 이동</source>
        <translation>Jump to the field or button with that underlined letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종료</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>단축키</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>키</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>하는 일</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignalsTab</name>
    <message>
        <location filename="../../conflictdesk/ui/card_tabs.py" line="+161"/>
        <source>신호</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>일자</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>건수·인원·일수</source>
        <translation>Count / people / days</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>메모</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>건수 (집단민원은 인원, 집회는 일수)</source>
        <translation>Count (people for group complaints, days for rallies)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>최근 30일 기준 충족된 경보 신호 없음</source>
        <translation>No alert signal met in the last 30 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (기준일 {date}: {round_code} 차수 말)</source>
        <translation> (as of {date}: end of round {round_code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;경보 수준: {label}&lt;/b&gt; &amp;nbsp; {detail}</source>
        <translation>&lt;b&gt;Alert level: {label}&lt;/b&gt; &amp;nbsp; {detail}</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location line="-151"/>
        <source>갈등단계 변경</source>
        <translation>Change conflict stage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>변경 사유 (예: 집단민원 접수, 협의 결렬)</source>
        <translation>Reason (e.g. group complaint received, talks broke down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>새 단계</source>
        <translation>New stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>변경일</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>StageTab</name>
    <message>
        <location line="+43"/>
        <source>단계 변경…</source>
        <translation>Change stage…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>현재 단계</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>단계 변경 이력</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>미정</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>시작</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (저장 전)</source>
        <translation>  (not saved)</translation>
    </message>
</context>
<context>
    <name>StakeholderList</name>
    <message>
        <location filename="../../conflictdesk/ui/card_people.py" line="+13"/>
        <source>이해관계자</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>연락처 보기</source>
        <translation>Show contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>선택한 이해관계자의 이름·연락처를 가리지 않고 보여줍니다 (열람 기록이 남습니다).</source>
        <translation>Shows the selected stakeholder&apos;s name and contact unmasked (the viewing is recorded).</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <location line="+44"/>
        <source>개인 이름과 연락처는 가려서 표시합니다. &apos;연락처 보기&apos;로 한 명씩 확인할 수 있으며 열람은 기록됩니다.</source>
        <translation>Personal names and contacts are masked. &apos;Show contact&apos; reveals one at a time, and each viewing is recorded.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/target_dialog.py" line="+43"/>
        <source>{round_code} 진단대상 추가·교체</source>
        <extracomment>Matches shown at once; typing narrows the rest (a city&apos;s history has tens of thousands of projects).</extracomment>
        <translation>Add or swap diagnosis target in {round_code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>사업명·사업코드·담당부서 검색</source>
        <translation>Search project name, code, department</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(교체 없음 — 대상 추가)</source>
        <translation>(no swap — add a target)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>예: 집단민원 접수로 추가 선정 (필수)</source>
        <translation>e.g. added after a group complaint (required)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>차수 도중에 진단대상을 추가하거나 기존 대상을 다른 사업으로 교체합니다. 사유는 감사 기록에 남습니다.</source>
        <translation>Add a diagnosis target during the round or swap an existing target for another project. The reason is recorded in the audit trail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>사업(&amp;P)</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>교체 대상(&amp;E)</source>
        <translation>R&amp;eplaces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>사유(&amp;S)</source>
        <translation>Rea&amp;son</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>외 {hidden:,}건 — 검색어를 더 입력하세요</source>
        <translation>{hidden:,} more — type more of the search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0:,}건</source>
        <translation>{0:,}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>맞는 사업이 없습니다</source>
        <translation>No matching project</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../conflictdesk/ui/tasks.py" line="+58"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>취소하는 중…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/programme_training.py" line="+41"/>
        <source>교육 과정 편집</source>
        <translation>Edit course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>새 교육 과정</source>
        <translation>New course</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(외부 강사)</source>
        <translation>(external instructor)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>성명 (쉼표로 구분, 선택)</source>
        <translation>Names (comma-separated, optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>참석 추가(&amp;A)</source>
        <translation>&amp;Add attendees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>선택 삭제</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>인원</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>성명</source>
        <translation>Names</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>교육일(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>구분(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>제목(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>개최 군·구</source>
        <translation>Host district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>장소</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시간</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>강사 (전문가 풀)</source>
        <translation>Instructor (expert pool)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>외부 강사</source>
        <translation>External instructor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>참석 인원(총)</source>
        <translation>Attendees (total)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교육비 (교육 예산에 집행)</source>
        <translation>Cost (booked on the training budget)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>교재·자료</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>부서별 참석</source>
        <translation>Attendees per department</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>교육 예산 초과</source>
        <translation>Training budget exceeded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>그래도 저장할까요?</source>
        <translation>Save anyway?</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location line="+13"/>
        <source>새 교육(&amp;N)…</source>
        <translation>&amp;New course…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>편집(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>일자</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>제목</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>군·구</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>장소</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>강사</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>시간</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>인원</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>교육비</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>목표 달성</source>
        <translation>Progress toward the targets</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>목표 (설정)</source>
        <translation>Targets (setting)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>목표 저장</source>
        <translation>Save targets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>군·구 순회 교육 (연 횟수)</source>
        <translation>District tours (per year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>모든 군·구 방문 목표 연도</source>
        <translation>Every district visited by (year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>군·구 (쉼표로 구분)</source>
        <translation>Districts (comma-separated)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>중점관리대상</source>
        <translation>Key cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>교육 이수 인원</source>
        <translation>Officers trained</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>교육이 필요한 부서 (중점관리대상 &gt; 교육 이수 인원)</source>
        <translation>Departments to train (key cases &gt; officers trained)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>군·구 순회 교육 연 {0}회: {1}회 실시</source>
        <translation>District tours, {0} a year: {1} held</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}년까지 {1}개 군·구: {2}곳 방문</source>
        <translation>{1} districts by {0}: {2} visited</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>남은 군·구: {0}</source>
        <translation>Districts still to visit: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>모든 군·구를 방문했습니다.</source>
        <translation>Every district has been visited.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>교육 삭제</source>
        <translation>Delete course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>선택한 교육 과정을 삭제할까요? 교육비 집행도 함께 지워집니다.</source>
        <translation>Delete the selected course? Its cost is removed from the budget too.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../conflictdesk/ui/user_guide.py" line="+19"/>
        <source>사용자 안내</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>사용자 안내 파일을 찾을 수 없습니다: {path}</source>
        <translation>The user guide file was not found: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>YearCombo</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/booking.py" line="+60"/>
        <source>연도(&amp;Y)</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{y}년</source>
        <translation>{y}</translation>
    </message>
</context>
<context>
    <name>_Pending</name>
    <message>
        <location filename="../../conflictdesk/ui/card_tabs.py" line="-56"/>
        <source>갈등단계 변경</source>
        <translation>Change conflict stage</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../conflictdesk/ui/about.py" line="-49"/>
        <source>나눔고딕 (NanumGothic)</source>
        <translation>NanumGothic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>© NAVER Corporation. 글꼴 파일과 함께 라이선스 전문을 배포합니다.</source>
        <translation>© NAVER Corporation. The full licence ships with the font files.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Qt Company. 동적 링크로 사용하며 교체할 수 있습니다.</source>
        <translation>The Qt Company. Dynamically linked and replaceable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PSF 기반 matplotlib 라이선스</source>
        <translation>PSF-based matplotlib licence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vacanza/holidays contributors (대한민국 공휴일)</source>
        <translation>vacanza/holidays contributors (Korean public holidays)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h2&gt;갈등관리 데스크 (ConflictDesk) {version}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ConflictDesk {version}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;광역시 공공갈등 관리(갈등진단·등급·갈등관리카드·정기점검·갈등조정)를 위한 데스크톱 프로그램&lt;/p&gt;</source>
        <translation>&lt;p&gt;A desktop program for public-conflict management in a metropolitan city (diagnosis, grades, conflict cards, half-yearly reviews, mediation)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;데이터 파일&lt;/b&gt;: {data_file}&lt;br&gt;&lt;b&gt;백업 폴더&lt;/b&gt;: {backup_folder}&lt;br&gt;&lt;b&gt;실행 환경&lt;/b&gt;: {runtime}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Data file&lt;/b&gt;: {data_file}&lt;br&gt;&lt;b&gt;Backup folder&lt;/b&gt;: {backup_folder}&lt;br&gt;&lt;b&gt;Runtime&lt;/b&gt;: {runtime}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;네트워크에 접속하지 않으며 사용 정보를 보내지 않습니다.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Makes no network connections and sends no usage data.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;함께 배포하는 소프트웨어와 라이선스&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bundled software and licences&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;구성요소&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;라이선스&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;비고&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Component&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Licence&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Notes&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../conflictdesk/ui/app.py" line="+41"/>
        <source>갈등관리 데스크</source>
        <translation>ConflictDesk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (읽기 전용)</source>
        <translation> (read-only)</translation>
    </message>
</context>
<context>
    <name>card_actions</name>
    <message>
        <location filename="../../conflictdesk/ui/card_actions.py" line="+28"/>
        <source>종결 취소</source>
        <translation>Reopen card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;{project_name}&apos; 카드의 종결을 취소합니다.
사유:</source>
        <translation>Reopening the card of &apos;{project_name}&apos;.
Reason:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>열린 진단 차수가 없습니다.</source>
        <translation>No diagnosis round is open.</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+4"/>
        <source>차수 스냅숏 저장</source>
        <translation>Save round snapshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>카드의 현재 상태(등급·단계·쟁점·전망)를 저장할 차수:</source>
        <translation>Round in which to save the card&apos;s current state (grade, stage, issues, outlook):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} 차수 스냅숏을 저장했습니다.</source>
        <translation>Saved the snapshot for round {code}.</translation>
    </message>
</context>
<context>
    <name>card_tabs</name>
    <message>
        <location filename="../../conflictdesk/ui/card_tabs.py" line="+71"/>
        <source>주요쟁점</source>
        <translation>Main issues</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>쟁점</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>구분 (사실·이해·가치)</source>
        <translation>Type (facts, interests, values)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>조치실적</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>일자</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>내용</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/cards.py" line="-328"/>
        <source>저장하지 않은 변경</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; 카드에 저장하지 않은 변경이 있습니다. 저장할까요?</source>
        <translation>The card &apos;{name}&apos; has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>저장 안 함</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>버전 정보</source>
        <translation>Version info</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 곳에서 변경됨</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 카드를 연 뒤 다른 창이나 다른 사용자가 먼저 저장했습니다.

다른 곳에서 바뀐 항목: {what}

&apos;다시 불러오기&apos;는 내 변경을 버리고 최신 내용을 엽니다.
&apos;덮어쓰기&apos;는 최신 내용 위에 내 화면의 내용을 그대로 저장합니다.</source>
        <translation>Another window or user saved this card after you opened it.

Changed elsewhere: {what}

&apos;Reload&apos; discards your changes and opens the latest content.
&apos;Overwrite&apos; saves what is on your screen over the latest content.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다시 불러오기 (내 변경 버림)</source>
        <translation>Reload (discard my changes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>덮어쓰기</source>
        <translation>Overwrite</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../conflictdesk/ui/i18n.py" line="+50"/>
        <source>{year}년 상반기</source>
        <extracomment>Context of the domain vocabulary (enum labels, checklist labels) in the .ts file.</extracomment>
        <translation>First half of {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}년 하반기</source>
        <translation>Second half of {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount:,}원</source>
        <translation>{amount:,} won</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <location filename="../../conflictdesk/ui/import_wizard.py" line="-310"/>
        <source>(없음)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>진단 차수에 넣지 않음</source>
        <translation>Not in a diagnosis round</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{current} ({0}) — 새로 열기</source>
        <translation>{current} ({0}) — open new</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>가져오기 서식 저장</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>사업목록_가져오기_서식.xlsx</source>
        <translation>project_list_import_template.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>엑셀 (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>가져오기 서식을 저장했습니다: {target}</source>
        <translation>Saved the import template: {target}</translation>
    </message>
</context>
<context>
    <name>integrity_watch</name>
    <message>
        <location filename="../../conflictdesk/ui/integrity_watch.py" line="+15"/>
        <source>

더 이상 저장하지 않도록 이 창을 읽기 전용으로 바꿨습니다. 파일 → 복원…에서 최근 정상 백업을 복원하거나, 파일 → 데이터 검사로 자세히 확인하세요.</source>
        <translation>

This window is now read-only so that nothing more is saved. Restore the latest good backup with File → Restore…, or look closer with File → Check data.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> (읽기 전용 — 손상 발견)</source>
        <translation> (read-only — damage found)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>데이터 파일 손상</source>
        <translation>Data file damaged</translation>
    </message>
</context>
<context>
    <name>mediation_allowances</name>
    <message>
        <location filename="../../conflictdesk/ui/panels/booking.py" line="-35"/>
        <source> 원</source>
        <translation> won</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../conflictdesk/ui/messages.py" line="+56"/>
        <source>다른 곳에서 변경됨</source>
        <extracomment>lupdate context of the error catalogue&apos;s texts (``ui/error_strings.py`` lists them).</extracomment>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>확인이 필요합니다</source>
        <translation>Please check</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>파일 오류</source>
        <translation>File error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>파일을 처리할 수 없습니다{where}: {0}</source>
        <translation>Cannot process the file{where}: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>예상하지 못한 오류</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>작업을 마치지 못했습니다. 저장된 데이터는 그대로입니다.
({0}: {exc})</source>
        <translation>The task did not finish. Saved data is unchanged.
({0}: {exc})</translation>
    </message>
</context>
<context>
    <name>pdf_print</name>
    <message>
        <location filename="../../conflictdesk/ui/pdf_print.py" line="+42"/>
        <source>PDF 미리보기·인쇄 모듈(QtPdf)을 불러오지 못했습니다. PySide6-Pdf를 PySide6-Essentials와 같은 버전으로 설치하세요 (pip install -e . 가 맞는 버전을 설치합니다). 그동안에는 &apos;저장&apos;으로 PDF를 만든 뒤 PDF 보기 프로그램에서 인쇄할 수 있습니다.
({exc})</source>
        <translation>Could not load the PDF preview and print module (QtPdf). Install PySide6-Pdf of the same version as PySide6-Essentials (pip install -e . installs the right one). Meanwhile, create the PDF with &apos;Save&apos; and print it from a PDF viewer.
({exc})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF를 읽지 못했습니다 ({0}).</source>
        <translation>Could not read the PDF ({0}).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>프린터를 열지 못했습니다. 프린터 연결과 출력 파일 위치를 확인하세요.</source>
        <translation>Could not open the printer. Check the printer connection and the output file location.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}/{1}쪽 인쇄 중 ({2}쪽)</source>
        <translation>Printing page {0}/{1} (page {2})</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+29"/>
        <source>인쇄 — {title}</source>
        <translation>Print — {title}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>선택한 쪽 범위에 인쇄할 쪽이 없습니다.</source>
        <translation>The selected page range has no pages to print.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>인쇄 미리보기 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
</context>
<context>
    <name>project_model</name>
    <message>
        <location filename="../../conflictdesk/ui/project_model.py" line="+24"/>
        <source>교통</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>환경</source>
        <translation>Env.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>부시장</source>
        <translation>V. mayor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>예산</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>중기</source>
        <translation>Mid-term</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>법규</source>
        <translation>Law</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>표출</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+109"/>
        <location filename="../../conflictdesk/ui/screening_model.py" line="+41"/>
        <source>사업코드</source>
        <translation>Project code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../conflictdesk/ui/screening_model.py" line="+1"/>
        <source>사업명</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../conflictdesk/ui/screening_model.py" line="+1"/>
        <source>담당부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>총사업비(억원)</source>
        <translation>Total cost (100M won)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>해당 진단기준</source>
        <translation>Criteria met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>등급</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}등급</source>
        <translation>Grade {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>갈등단계</source>
        <translation>Conflict stage</translation>
    </message>
    <message>
        <location filename="../../conflictdesk/ui/screening_model.py" line="+2"/>
        <source>대상</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>이월</source>
        <translation>Carried</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>확정등급</source>
        <translation>Final grade</translation>
    </message>
</context>
<context>
    <name>review_rule_dialog</name>
    <message>
        <location filename="../../conflictdesk/ui/review_rule_dialog.py" line="-122"/>
        <source>{m}월</source>
        <translation>Month {m}</translation>
    </message>
</context>
<context>
    <name>screening_model</name>
    <message>
        <location filename="../../conflictdesk/ui/screening_model.py" line="-22"/>
        <source>이월·{0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이월·판단 전</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>대상</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}등급</source>
        <translation>Grade {0}</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../conflictdesk/ui/startup.py" line="+16"/>
        <source>데이터 파일 확인</source>
        <translation>Data file check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>최근 정상 백업으로 복원</source>
        <translation>Restore the latest good backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>읽기 전용으로 열기</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다시 시도</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 파일 선택…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종료</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>파일이 손상되었습니다.</source>
        <translation>The file is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ConflictDesk 데이터 파일이 아닙니다.</source>
        <translation>This is not a ConflictDesk data file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>더 새로운 버전의 프로그램에서 만든 파일입니다.</source>
        <translation>The file was made by a newer version of the program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 프로그램이 파일을 사용(잠금) 중입니다.</source>
        <translation>Another program is using (locking) the file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>파일에 쓸 수 없습니다(읽기 전용).</source>
        <translation>The file cannot be written (read-only).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>데이터 파일 선택</source>
        <translation>Choose data file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ConflictDesk 데이터 (*.sqlite3);;모든 파일 (*)</source>
        <translation>ConflictDesk data (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>네트워크 공유 폴더</source>
        <translation>Network share</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>데이터 파일이 네트워크 공유({share})에 있습니다.
SQLite 파일 잠금이 네트워크에서는 믿을 수 없어 데이터가 손상될 수 있습니다. 여러 사람이 함께 쓰려면 PostgreSQL 공유 데이터베이스를 쓰세요.</source>
        <translation>The data file is on a network share ({share}).
SQLite file locking is unreliable over a network and the data may be damaged. For several users, use a shared PostgreSQL database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>이 데이터 파일은 이미 다른 ConflictDesk 창에서 열려 있습니다:
{path}

먼저 열린 창을 사용하거나, 읽기 전용으로 여세요.</source>
        <translation>This data file is already open in another ConflictDesk window:
{path}

Use the window that is open, or open the file read-only.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>

최근 정상 백업: {backup}</source>
        <translation>

Latest good backup: {backup}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>백업으로 복원했습니다. 손상된 파일은 백업 폴더에 보관했습니다.
{backup}</source>
        <translation>Restored from the backup. The damaged file was kept in the backup folder.
{backup}</translation>
    </message>
</context>
</TS>
