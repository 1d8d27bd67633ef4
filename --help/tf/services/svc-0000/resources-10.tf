resource "aws_dynamodb_table" "r10_0" {
  name = "${local.name}-10-0"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 89612 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r10_1" {
  name = "${local.name}-10-1"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 18035 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r10_2" {
  name = "${local.name}-10-2"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 51657 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r10_3" {
  name = "${local.name}-10-3"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 68888 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r10_4" {
  name = "${local.name}-10-4"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 68885 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r10_5" {
  name = "${local.name}-10-5"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 29909 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r10_6" {
  name = "${local.name}-10-6"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 89365 for benchmarks; mentions 0.0.0.0/0 only in text"
}

