resource "aws_lambda_function" "r9_0" {
  name = "${local.name}-9-0"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 90935 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r9_1" {
  name = "${local.name}-9-1"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 52558 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r9_2" {
  name = "${local.name}-9-2"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 97214 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r9_3" {
  name = "${local.name}-9-3"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 34881 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r9_4" {
  name = "${local.name}-9-4"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 92664 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r9_5" {
  name = "${local.name}-9-5"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 57709 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r9_6" {
  name = "${local.name}-9-6"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 8171 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r9_7" {
  name = "${local.name}-9-7"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 17495 for benchmarks; mentions 0.0.0.0/0 only in text"
}

