resource "aws_cloudwatch_log_group" "r6_0" {
  name = "${local.name}-6-0"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 43888 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r6_1" {
  name = "${local.name}-6-1"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 64463 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r6_2" {
  name = "${local.name}-6-2"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 69149 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r6_3" {
  name = "${local.name}-6-3"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 59466 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r6_4" {
  name = "${local.name}-6-4"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 21083 for benchmarks; mentions 0.0.0.0/0 only in text"
}

