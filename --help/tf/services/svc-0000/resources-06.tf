resource "aws_dynamodb_table" "r6_0" {
  name = "${local.name}-6-0"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 54125 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r6_1" {
  name = "${local.name}-6-1"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 65712 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r6_2" {
  name = "${local.name}-6-2"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 76882 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r6_3" {
  name = "${local.name}-6-3"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 22605 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r6_4" {
  name = "${local.name}-6-4"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 53647 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r6_5" {
  name = "${local.name}-6-5"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 62062 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r6_6" {
  name = "${local.name}-6-6"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 8698 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r6_7" {
  name = "${local.name}-6-7"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 81429 for benchmarks; mentions 0.0.0.0/0 only in text"
}

