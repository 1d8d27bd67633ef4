resource "aws_s3_bucket" "r16_0" {
  name = "${local.name}-16-0"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 67932 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r16_1" {
  name = "${local.name}-16-1"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 80151 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r16_2" {
  name = "${local.name}-16-2"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 49243 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r16_3" {
  name = "${local.name}-16-3"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 26921 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r16_4" {
  name = "${local.name}-16-4"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 52811 for benchmarks; mentions 0.0.0.0/0 only in text"
}

