package org.medinsure.warehouse.ingest.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.DocumentProfile;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.text.TextCleaner;

class DocumentClassifierTest {

    private static DocumentProfile classify(String text) {
        return DocumentClassifier.standard().classify(TextCleaner.clean("t.txt", text));
    }

    @Test
    void declarationWithDepartmentAndYear() {
        DocumentProfile profile = classify("""
                # 预算绩效目标申报表
                (2020 年度)
                填报单位:阳谷县医疗保障局 (签章)
                项目名称\t2020 年度贫困人口医疗救助资金项目
                主管部门\t阳谷县医疗保障局
                依据 鲁医保发【2019】69 号山东省医疗保障局印发的通知
                """);
        assertThat(profile.docType()).isEqualTo(DocumentType.DECLARATION);
        assertThat(profile.department()).isEqualTo("阳谷县医疗保障局");
        assertThat(profile.fiscalYear()).isEqualTo(2020);
        assertThat(profile.regionContext()).contains("阳谷县医疗保障局");
    }

    @Test
    void budgetThatAttachesPerformanceFormsIsABudget() {
        DocumentProfile profile = classify("""
                2021年度济源产城融合示范区医疗保障局 部门预算说明
                济源产城融合示范区医疗保障局2021年收入总计7764.9万元
                十一、财政支出绩效目标表
                济源市社会医疗保险中心（参照）2021年度支出项目绩效目标表
                """);
        assertThat(profile.docType()).isEqualTo(DocumentType.BUDGET);
        assertThat(profile.department()).isEqualTo("济源产城融合示范区医疗保障局");
        assertThat(profile.fiscalYear()).isEqualTo(2021);
    }

    @Test
    void finalAccountsOutweighTheirSelfEvaluation() {
        DocumentProfile profile = classify("""
                阳谷县医疗保障局2019年度部门决算
                公开01表 收入支出决算总表
                公开02表 收入决算表
                2019年度 绩效目标（自评）申报表
                """);
        assertThat(profile.docType()).isEqualTo(DocumentType.FINAL_ACCOUNTS);
        assertThat(profile.fiscalYear()).isEqualTo(2019);
    }

    @Test
    void selfEvaluationOnItsOwn() {
        assertThat(classify("攸县医疗保障局2022年度项目支出绩效自评表\n项目名称\t医疗救助").docType())
                .isEqualTo(DocumentType.SELF_EVALUATION);
    }

    @Test
    void unknownWhenNoVocabularyMatches() {
        DocumentProfile profile = classify("扫描失败 ����\n\f\n");
        assertThat(profile.docType()).isEqualTo(DocumentType.UNKNOWN);
        assertThat(profile.department()).isNull();
        assertThat(profile.fiscalYear()).isNull();
    }
}
