resource "aws_iam_role" "r8_0" {
  name = "${local.name}-8-0"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 55188 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r8_1" {
  name = "${local.name}-8-1"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 4458 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r8_2" {
  name = "${local.name}-8-2"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 63687 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r8_3" {
  name = "${local.name}-8-3"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 14510 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r8_4" {
  name = "${local.name}-8-4"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 51749 for benchmarks; mentions 0.0.0.0/0 only in text"
}

