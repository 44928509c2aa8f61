#!/usr/bin/env bash
# The article reader's cost on one thread, per CoreNLP annotator, for several pipeline settings side by side
# (bench/PipelineProfile, one JVM each, one after the other): the product's settings, then each leaner one given
# as CoreNLP properties. BASE_JAR, if set, is measured first with the same profile (a jar built from another
# commit). Under load, read the ratios and the CPU times, not the rates.
# Usage: scripts/profile-pipeline.sh [ROUNDS] [ARTICLE_DIR...]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
shift || true
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(../shared/seeds bench/articles-holdout-8/articles)
jar=target/influence-graph.jar
bench=target/test-classes
[ -f "$jar" ] && [ -f "$bench/org/influencegraph/bench/PipelineProfile.class" ] || mvn -q -B package -DskipTests
run() {
  local label=$1 cp=$2
  shift 2
  echo "== $label"
  java -Xmx3g "$@" -cp "$cp" org.influencegraph.bench.PipelineProfile "$rounds" "${dirs[@]}" 2>&1 \
    | grep -v -e WARN -e "^SLF4J"
}
if [ -n "${BASE_JAR:-}" ]; then
  run "base jar $BASE_JAR" "$BASE_JAR:$bench"
fi
n=influencegraph.nlp
run "product settings" "$jar:$bench"
run "every sentence parsed" "$jar:$bench" -Dinfluencegraph.parseAll=true
run "no fine-grained NER" "$jar:$bench" -D$n.ner.applyFineGrained=false
run "one CRF model (3 classes)" "$jar:$bench" -D$n.ner.model=edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz
run "no SUTime" "$jar:$bench" -D$n.ner.useSUTime=false
run "no numeric classifiers (no SUTime)" "$jar:$bench" -D$n.ner.applyNumericClassifiers=false -D$n.ner.useSUTime=false
run "coreference, fastneural" "$jar:$bench" -D$n.annotators=tokenize,ssplit,pos,lemma,ner,depparse,coref \
  -D$n.coref.algorithm=fastneural -D$n.coref.md.type=dependency
run "coreference, statistical" "$jar:$bench" -D$n.annotators=tokenize,ssplit,pos,lemma,ner,depparse,coref \
  -D$n.coref.algorithm=statistical -D$n.coref.md.type=dependency
